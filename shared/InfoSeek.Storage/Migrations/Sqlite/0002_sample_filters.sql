ALTER TABLE samples ADD COLUMN filters_json TEXT NULL;
