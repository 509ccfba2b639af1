-- The progress report under 20× at 100× the demo (issue 6, again after issue 18): contract_periods,
-- read by report_centres, report_presence, report_staff and post_vacancies, gives the same rows
-- without its cost per contract.
--
-- The view of 0017 looked up each contract's first amendment by a subquery per contract, then
-- ordered every contract's periods to find where each ends: two passes per contract, a third of
-- the report's time at 100×. Most contracts have no amendment. The first period of a contract now
-- ends the day before its first amendment (found by one join), or with the contract; each
-- amendment's period ends the day before the next amendment, or with the contract: only the
-- amendments are ordered. Amendments follow the contract's start (contract_amendments_apply), so
-- these are the periods the view gave.

SET LOCAL ROLE masante_owner;

CREATE OR REPLACE VIEW public.contract_periods WITH (security_invoker = true) AS
SELECT c.id AS contract_id, c.person_id, coalesce(f.previous_kind, c.kind) AS kind, c.starts_on,
       coalesce(f.effective_on - 1, c.ends_on) AS ends_on,
       coalesce(f.previous_weekly_hours, c.weekly_hours) AS weekly_hours,
       round(coalesce(f.previous_weekly_hours, c.weekly_hours) / 35, 4) AS fte
FROM public.contracts c
LEFT JOIN (
    SELECT DISTINCT ON (a.contract_id) a.contract_id, a.effective_on, a.previous_kind, a.previous_weekly_hours
    FROM public.contract_amendments a ORDER BY a.contract_id, a.effective_on) f ON f.contract_id = c.id
UNION ALL
SELECT a.contract_id, a.person_id, a.kind, a.effective_on,
       coalesce(pg_catalog.lead(a.effective_on) OVER (PARTITION BY a.contract_id ORDER BY a.effective_on) - 1,
                c.ends_on),
       a.weekly_hours, round(a.weekly_hours / 35, 4)
FROM public.contract_amendments a JOIN public.contracts c ON c.id = a.contract_id;
