-- Whether a relation claim was read from its target's page ("B joined A"), its evidence a sentence of that page.
ALTER TABLE claims ADD COLUMN evidence_on_target INTEGER NOT NULL DEFAULT 0;
