-- One row per request to a language model, for cost and latency accounting. No foreign key to runs:
-- a call is accounted even when its run is not (yet) stored here.
CREATE TABLE llm_calls (
    call_id NVARCHAR(36) NOT NULL PRIMARY KEY,
    run_id NVARCHAR(36) NOT NULL,
    role NVARCHAR(20) NOT NULL,
    model NVARCHAR(200) NOT NULL,
    prompt_tokens INT NULL,
    completion_tokens INT NULL,
    cost DECIMAL(19, 9) NULL,
    latency_ms INT NOT NULL,
    outcome NVARCHAR(30) NOT NULL,
    detail NVARCHAR(1000) NULL,
    created_at DATETIME2 NOT NULL
);

CREATE INDEX ix_llm_calls_run_role ON llm_calls (run_id, role);
