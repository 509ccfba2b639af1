-- The check that keeps an assignment inside its contract looked rows up through a CASE on
-- the trigger's table, which no index can serve: every call scanned all assignments, and a
-- 20,000-person import spent two seconds in it at COMMIT. Same rule, one indexed lookup.
CREATE OR REPLACE FUNCTION assignments_within_contract() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    bad record;
BEGIN
    IF TG_TABLE_NAME = 'assignments' THEN
        SELECT a.id, a.starts_on, a.ends_on, c.starts_on AS c_start, c.ends_on AS c_end INTO bad
        FROM assignments a JOIN contracts c ON c.id = a.contract_id
        WHERE a.id = NEW.id
          AND NOT daterange(c.starts_on, c.ends_on, '[]') @> daterange(a.starts_on, a.ends_on, '[]');
    ELSE
        SELECT a.id, a.starts_on, a.ends_on, c.starts_on AS c_start, c.ends_on AS c_end INTO bad
        FROM contracts c JOIN assignments a ON a.contract_id = c.id
        WHERE c.id = NEW.id
          AND NOT daterange(c.starts_on, c.ends_on, '[]') @> daterange(a.starts_on, a.ends_on, '[]')
        LIMIT 1;
    END IF;
    IF FOUND THEN
        RAISE EXCEPTION 'assignment % (% – %) lies outside its contract (% – %)',
            bad.id, bad.starts_on, coalesce(bad.ends_on::text, '∞'), bad.c_start, coalesce(bad.c_end::text, '∞')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'assignments_within_contract';
    END IF;
    RETURN NULL;
END $$;
