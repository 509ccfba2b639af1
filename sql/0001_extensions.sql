-- Foundations shared by every later migration.

-- btree_gist lets an EXCLUDE constraint mix equality on ids with overlap on time ranges
-- (one person can never be in two places at once).
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Settings the users change (the Region's goal and deadline, tolerances…), one row per key.
CREATE TABLE settings (
    key         text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*$'),
    value       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT current_user
);
COMMENT ON TABLE settings IS 'Paramètres de masante modifiables par les utilisateurs (objectif, échéance…).';
