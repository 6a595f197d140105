ALTER TABLE samples ADD filters_json NVARCHAR(MAX) NULL;
