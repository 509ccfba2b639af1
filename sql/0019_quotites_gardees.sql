-- Shares across centres, guarded by the database (issue 17, item 1): on no day may the shares of
-- a person's assignments add up to more than 100 % of the contract. The application says it
-- first, in French, naming the other centres; this trigger makes the bad state impossible for
-- any writer (a race between two HR sessions, a hand-written SQL script).
--
-- The check runs at commit (deferred), so a move that ends one assignment and starts another in
-- the same transaction is judged on its final state. The busiest day of a person is always the
-- first day of one of their assignments, so those are the only days summed.

SET LOCAL ROLE masante_owner;

CREATE FUNCTION public.assignments_shares_within_contract() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    busiest record;
BEGIN
    SELECT d.day, sum(a.share) AS total INTO busiest
    FROM (SELECT DISTINCT x.starts_on AS day FROM public.assignments x WHERE x.person_id = NEW.person_id) d
    JOIN public.assignments a ON a.person_id = NEW.person_id
         AND pg_catalog.daterange(a.starts_on, a.ends_on, '[]') @> d.day
    GROUP BY d.day
    HAVING sum(a.share) > 1
    ORDER BY d.day
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'the assignments of person % add up to % of the contract on %', NEW.person_id,
            busiest.total, busiest.day
            USING ERRCODE = 'check_violation', CONSTRAINT = 'assignments_shares_within_contract';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER assignments_shares_within_contract
    AFTER INSERT OR UPDATE OF person_id, share, starts_on, ends_on ON public.assignments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.assignments_shares_within_contract();

-- A person's page also tells their welcome checklist: when it was opened, and each item ticked
-- (the items copied from the template at the opening are not news). Amendments were already there.
CREATE OR REPLACE VIEW public.person_audit WITH (security_barrier) AS
SELECT a.id, a.changed_at, a.login, a.acting_role, a.table_name, a.operation, a.row_key, a.before, a.after,
       CASE WHEN a.table_name = 'people' THEN (a.row_key ->> 'id')::bigint
            ELSE (coalesce(a.after, a.before) ->> 'person_id')::bigint
       END AS person_id
FROM public.audit_log a
WHERE a.table_name IN ('people', 'contracts', 'assignments', 'recruitment_events', 'long_absences',
                       'contract_amendments', 'welcome_checklists')
   OR (a.table_name = 'welcome_items' AND a.operation = 'UPDATE');
