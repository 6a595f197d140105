-- Whether a relation claim was read from its target's page ("B joined A"), its evidence a sentence of that page.
ALTER TABLE claims ADD evidence_on_target BIT NOT NULL CONSTRAINT df_claims_evidence_on_target DEFAULT 0;
