-- The progress report's new sections (issue 18, item 4): recruits and open centres by ARS zoning
-- and in the mountain zone, yearly sub-targets by profession and the openings-per-year target as
-- settings, and the pipeline of future centres. Aggregates only, like the other report_* functions.

SET LOCAL ROLE masante_owner;

-- The settings: about ten openings a year (until now a constant of the report) and the yearly
-- sub-targets by profession, the 25 specialists of 2022 first (the launch announcement). The
-- Region sets them, as it sets its goal.
INSERT INTO public.settings (key, value) VALUES
    ('objectif_ouvertures', '{"par_an": 10}'),
    ('objectifs_annuels', '{"2022": {"medecin_specialiste": 25}}')
ON CONFLICT (key) DO NOTHING;

CREATE FUNCTION public.settings_shape() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.key OPERATOR(pg_catalog.=) 'objectif_ouvertures'
       AND NOT (pg_catalog.jsonb_typeof(NEW.value -> 'par_an') OPERATOR(pg_catalog.=) 'number'
                AND (NEW.value ->> 'par_an')::numeric OPERATOR(pg_catalog.>=) 0) THEN
        RAISE EXCEPTION 'objectif_ouvertures needs a number par_an >= 0'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'settings_openings_target';
    END IF;
    IF NEW.key OPERATOR(pg_catalog.=) 'objectifs_annuels' AND EXISTS (
        SELECT FROM pg_catalog.jsonb_each(NEW.value) y, pg_catalog.jsonb_each(y.value) p
        WHERE y.key !~ '^[0-9]{4}$'
           OR NOT p.key OPERATOR(pg_catalog.=) ANY (pg_catalog.enum_range(NULL::public.profession)::text[])
           OR pg_catalog.jsonb_typeof(p.value) OPERATOR(pg_catalog.<>) 'number'
           OR (p.value #>> '{}')::numeric OPERATOR(pg_catalog.<) 0) THEN
        RAISE EXCEPTION 'objectifs_annuels holds a year, a profession or a target that is not valid'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'settings_yearly_targets';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER settings_shape BEFORE INSERT OR UPDATE ON public.settings
    FOR EACH ROW EXECUTE FUNCTION public.settings_shape();
GRANT EXECUTE ON FUNCTION public.settings_shape() TO masante_admin, masante_region;

CREATE POLICY region_targets_insert ON public.settings FOR INSERT TO masante_region
    WITH CHECK (key IN ('objectif_ouvertures', 'objectifs_annuels'));
CREATE POLICY region_targets_update ON public.settings FOR UPDATE TO masante_region
    USING (key IN ('objectif_ouvertures', 'objectifs_annuels'))
    WITH CHECK (key IN ('objectif_ouvertures', 'objectifs_annuels'));

-- Recruits (counted toward the goal, by the commune of their first centre) and centres open on the
-- day, by the ARS zoning in force that day (zip, zac, hors_zonage; non_classe without a zoning
-- period or a known commune) and in the mountain zone (montagne).
CREATE FUNCTION public.report_territories(as_of date)
RETURNS TABLE (territory text, recruits bigint, centres bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    WITH first_centre AS (
        SELECT DISTINCT ON (a.person_id) a.person_id, a.centre_id FROM public.assignments a
        ORDER BY a.person_id, a.starts_on, a.id),
    place AS (
        SELECT ce.id, ce.opened_on <= as_of AND (ce.closed_on IS NULL OR ce.closed_on > as_of) AS open,
               coalesce(z.zoning::text, 'non_classe') AS zoning, coalesce(m.mountain, false) AS mountain
        FROM public.centres ce
        LEFT JOIN public.communes m ON m.insee_code = ce.insee_code
        LEFT JOIN public.commune_zonings z ON z.insee_code = ce.insee_code AND z.valid_from <= as_of
             AND (z.valid_to IS NULL OR z.valid_to >= as_of)),
    recruit AS (
        SELECT p.zoning, p.mountain FROM public.hires h
        JOIN first_centre f ON f.person_id = h.person_id JOIN place p ON p.id = f.centre_id
        WHERE h.counts_toward_goal AND h.hired_on <= as_of),
    territory (name) AS (VALUES ('zip'), ('zac'), ('hors_zonage'), ('non_classe'), ('montagne'))
    SELECT t.name,
           (SELECT count(*) FROM recruit r WHERE r.zoning = t.name OR (t.name = 'montagne' AND r.mountain)),
           (SELECT count(*) FROM place p WHERE p.open AND (p.zoning = t.name OR (t.name = 'montagne' AND p.mountain)))
    FROM territory t;
END;

-- Hires counted toward the goal, per calendar year and profession (for the yearly sub-targets).
CREATE FUNCTION public.report_hires_by_year(as_of date)
RETURNS TABLE (year text, profession text, hires bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT extract(year FROM h.hired_on)::int::text, h.profession::text, count(*)
    FROM public.hires h WHERE h.counts_toward_goal AND h.hired_on <= as_of
    GROUP BY 1, 2;
END;

-- The centres not open yet on the day, by the latest stage of their life reached by then
-- (candidature, retenue, convention_signee, en_preparation); a centre given up has none.
CREATE FUNCTION public.report_pipeline(as_of date)
RETURNS TABLE (status text, centres bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    WITH latest AS (
        SELECT DISTINCT ON (e.centre_id) e.centre_id, e.status FROM public.centre_status_events e
        WHERE e.effective_on <= as_of ORDER BY e.centre_id, e.status DESC)
    SELECT l.status::text, count(*) FROM latest l
    WHERE l.status IN ('candidature', 'retenue', 'convention_signee', 'en_preparation')
    GROUP BY l.status;
END;

REVOKE ALL ON FUNCTION public.report_territories(date), public.report_hires_by_year(date),
    public.report_pipeline(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.report_territories(date), public.report_hires_by_year(date),
    public.report_pipeline(date) TO masante_admin, masante_rh, masante_responsable, masante_region;
