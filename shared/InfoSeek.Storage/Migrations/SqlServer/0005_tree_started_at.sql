-- When the Planner started each tree, for the tree-duration metric (null for trees started before it was kept).
ALTER TABLE trees ADD started_at DATETIME2 NULL;
