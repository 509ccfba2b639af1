-- The centres open on the day and the openings per year, as the report prints them, from a
-- function like the rest of the report: read from the table, they were counted under the row
-- security of whoever printed the report, so a centre manager's report said « Centres ouverts : 1 »
-- (their own) beside the network's hires, and its shares by zoning came out above 100 %.

SET LOCAL ROLE masante_owner;

-- One row per year of opening by the day: the centres opened that year, and how many of them are
-- still open on the day (not closed on or before it).
CREATE FUNCTION public.report_openings(as_of date)
RETURNS TABLE (year text, opened bigint, still_open bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT extract(year FROM c.opened_on)::int8::text, count(*),
           count(*) FILTER (WHERE c.closed_on IS NULL OR c.closed_on > as_of)
    FROM public.centres c WHERE c.opened_on <= as_of
    GROUP BY 1;
END;
REVOKE ALL ON FUNCTION public.report_openings(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.report_openings(date)
    TO masante_admin, masante_rh, masante_responsable, masante_region;
