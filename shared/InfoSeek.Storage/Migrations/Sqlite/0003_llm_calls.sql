-- One row per request to a language model, for cost and latency accounting. No foreign key to runs:
-- a call is accounted even when its run is not (yet) stored here.
CREATE TABLE llm_calls (
    call_id TEXT NOT NULL PRIMARY KEY,
    run_id TEXT NOT NULL,
    role TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_tokens INTEGER NULL,
    completion_tokens INTEGER NULL,
    cost REAL NULL,
    latency_ms INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    detail TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_llm_calls_run_role ON llm_calls (run_id, role);
