-- How often the Planner sent a tree's pending command again because no reply came (reset with every new command).
ALTER TABLE trees ADD COLUMN pending_resends INTEGER NOT NULL DEFAULT 0;
