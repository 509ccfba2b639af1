-- Small SQL functions called once per row are inlined again (issue 13 follow-up, measured).
--
-- 0009 gave every function `SET search_path = pg_catalog, pg_temp`. A SQL function with a SET
-- clause is never inlined: each call saves and restores the setting, 2 to 3 µs. Called once per
-- row, that made the progress report 3 to 6 times slower (200,000 calls of
-- profession_counts_toward_goal: 12 ms inlined, 415 to 600 ms with the clause) and taxed every
-- audited row (audit_row_key) and every shift written (paris_iso_week, a generated column).
--
-- These functions need no search_path to be safe, for two reasons that hold together:
-- * their bodies are SQL-standard (`RETURN …`, `BEGIN ATOMIC … END`): parsed when created, every
--   name already bound to its object, so no temporary table, view or function can stand in
--   later;
-- * they run with the caller's rights (not SECURITY DEFINER): there is nothing to escalate to.
-- The test that reads pg_proc requires the clause on every other function and checks these two
-- properties for the ones without it.

SET LOCAL ROLE masante_owner;

ALTER FUNCTION public.profession_counts_toward_goal(public.profession) RESET search_path;
ALTER FUNCTION public.recruitment_transition_allowed(public.recruitment_stage, public.recruitment_stage) RESET search_path;
ALTER FUNCTION public.paris_iso_week(timestamptz) RESET search_path;
ALTER FUNCTION public.my_centres() RESET search_path;
ALTER FUNCTION public.report_minimum_cell() RESET search_path;

RESET ROLE;
SET LOCAL ROLE masante_auditor;
ALTER FUNCTION public.audit_row_key(jsonb, text[]) RESET search_path;
