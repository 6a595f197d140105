CREATE TABLE runs (
    run_id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    seed INTEGER NOT NULL,
    target_count INTEGER NOT NULL,
    config_json TEXT NOT NULL,
    status TEXT NOT NULL,
    trees_started INTEGER NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    completed_at TEXT NULL,
    CONSTRAINT ux_runs_name UNIQUE (name)
);

CREATE TABLE trees (
    tree_id TEXT NOT NULL PRIMARY KEY,
    run_id TEXT NOT NULL REFERENCES runs (run_id),
    tree_no INTEGER NOT NULL,
    status TEXT NOT NULL,
    step INTEGER NOT NULL,
    version INTEGER NOT NULL,
    target_vertices INTEGER NOT NULL,
    failure_reason TEXT NULL,
    pending_type TEXT NULL,
    pending_json TEXT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT ux_trees_run_tree_no UNIQUE (run_id, tree_no)
);

CREATE TABLE vertices (
    tree_id TEXT NOT NULL REFERENCES trees (tree_id),
    vertex_id INTEGER NOT NULL,
    parent_id INTEGER NULL,
    entity TEXT NULL,
    type_descriptor TEXT NULL,
    browsed INTEGER NOT NULL,
    blurred INTEGER NOT NULL,
    candidates_json TEXT NULL,
    certificate_json TEXT NULL,
    CONSTRAINT pk_vertices PRIMARY KEY (tree_id, vertex_id)
);

CREATE TABLE claims (
    tree_id TEXT NOT NULL,
    claim_no INTEGER NOT NULL,
    vertex_id INTEGER NOT NULL,
    target_vertex_id INTEGER NULL,
    kind TEXT NOT NULL,
    claim_text TEXT NOT NULL,
    target TEXT NULL,
    evidence_page TEXT NOT NULL,
    evidence_sentence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_length INTEGER NOT NULL,
    CONSTRAINT pk_claims PRIMARY KEY (tree_id, claim_no),
    CONSTRAINT fk_claims_vertex FOREIGN KEY (tree_id, vertex_id) REFERENCES vertices (tree_id, vertex_id)
);

CREATE TABLE questions (
    tree_id TEXT NOT NULL PRIMARY KEY REFERENCES trees (tree_id),
    question TEXT NOT NULL,
    answer TEXT NOT NULL
);

CREATE TABLE samples (
    tree_id TEXT NOT NULL PRIMARY KEY REFERENCES trees (tree_id),
    accepted INTEGER NOT NULL,
    reason TEXT NULL,
    trajectory_json TEXT NULL
);

CREATE TABLE processed_messages (
    message_key TEXT NOT NULL PRIMARY KEY,
    processed_at TEXT NOT NULL
);

CREATE INDEX ix_trees_run_status ON trees (run_id, status);
