CREATE TABLE runs (
    run_id NVARCHAR(36) NOT NULL PRIMARY KEY,
    name NVARCHAR(200) NOT NULL,
    seed INT NOT NULL,
    target_count INT NOT NULL,
    config_json NVARCHAR(MAX) NOT NULL,
    status NVARCHAR(20) NOT NULL,
    trees_started INT NOT NULL,
    version INT NOT NULL,
    created_at DATETIME2 NOT NULL,
    completed_at DATETIME2 NULL,
    CONSTRAINT ux_runs_name UNIQUE (name)
);

CREATE TABLE trees (
    tree_id NVARCHAR(36) NOT NULL PRIMARY KEY,
    run_id NVARCHAR(36) NOT NULL REFERENCES runs (run_id),
    tree_no INT NOT NULL,
    status NVARCHAR(20) NOT NULL,
    step INT NOT NULL,
    version INT NOT NULL,
    target_vertices INT NOT NULL,
    failure_reason NVARCHAR(1000) NULL,
    pending_type NVARCHAR(100) NULL,
    pending_json NVARCHAR(MAX) NULL,
    updated_at DATETIME2 NOT NULL,
    CONSTRAINT ux_trees_run_tree_no UNIQUE (run_id, tree_no)
);

CREATE TABLE vertices (
    tree_id NVARCHAR(36) NOT NULL REFERENCES trees (tree_id),
    vertex_id INT NOT NULL,
    parent_id INT NULL,
    entity NVARCHAR(512) NULL,
    type_descriptor NVARCHAR(400) NULL,
    browsed BIT NOT NULL,
    blurred BIT NOT NULL,
    candidates_json NVARCHAR(MAX) NULL,
    certificate_json NVARCHAR(MAX) NULL,
    CONSTRAINT pk_vertices PRIMARY KEY (tree_id, vertex_id)
);

CREATE TABLE claims (
    tree_id NVARCHAR(36) NOT NULL,
    claim_no INT NOT NULL,
    vertex_id INT NOT NULL,
    target_vertex_id INT NULL,
    kind NVARCHAR(20) NOT NULL,
    claim_text NVARCHAR(1000) NOT NULL,
    target NVARCHAR(512) NULL,
    evidence_page NVARCHAR(512) NOT NULL,
    evidence_sentence NVARCHAR(MAX) NOT NULL,
    evidence_start INT NOT NULL,
    evidence_length INT NOT NULL,
    CONSTRAINT pk_claims PRIMARY KEY (tree_id, claim_no),
    CONSTRAINT fk_claims_vertex FOREIGN KEY (tree_id, vertex_id) REFERENCES vertices (tree_id, vertex_id)
);

CREATE TABLE questions (
    tree_id NVARCHAR(36) NOT NULL PRIMARY KEY REFERENCES trees (tree_id),
    question NVARCHAR(MAX) NOT NULL,
    answer NVARCHAR(512) NOT NULL
);

CREATE TABLE samples (
    tree_id NVARCHAR(36) NOT NULL PRIMARY KEY REFERENCES trees (tree_id),
    accepted BIT NOT NULL,
    reason NVARCHAR(1000) NULL,
    trajectory_json NVARCHAR(MAX) NULL
);

CREATE TABLE processed_messages (
    message_key NVARCHAR(200) NOT NULL PRIMARY KEY,
    processed_at DATETIME2 NOT NULL
);

CREATE INDEX ix_trees_run_status ON trees (run_id, status);
