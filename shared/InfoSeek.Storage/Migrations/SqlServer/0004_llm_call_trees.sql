-- The tree a model call worked for (null for calls outside a tree), so a report can account calls,
-- tokens and cost per question. Reports read it by run (ix_llm_calls_run_role), so it needs no index of its own.
ALTER TABLE llm_calls ADD tree_id NVARCHAR(36) NULL;
