-- Territories and posts (issue 18, items 1, 2 and 5).
--
-- * Communes (`communes`): INSEE code, name, département and the mountain-zone flag (loi
--   Montagne: 45 % of Occitanie). Public facts: everyone reads them; HR and the administrators
--   load them (`masante territoires importer`), since HR keeps the registry of centres they tie to.
-- * The ARS zoning of each commune, dated (`commune_zonings`): ZIP (zone d'intervention
--   prioritaire), ZAC (zone d'action complémentaire) or hors zonage, from a day to a day; a
--   commune changes class when a new zoning comes into force (1 April 2022), and two periods of
--   one commune never overlap (exclusion constraint).
-- * Once communes are loaded, each centre and antenne names a known commune by its INSEE code.
-- * Posts (`post_targets`): how many FTE of a profession a centre is meant to have, dated (a
--   centre opens with 2 GP posts and grows to 3). HR and the administrators define them; a
--   manager reads their centres' posts; the Region reads them all. `post_vacancies` gives, on a
--   day, the target, the staffed FTE (contract terms of the day × assignment share) and the
--   vacancy; it holds no person and is read by the Region, by a manager for their centres only.

SET LOCAL ROLE masante_owner;

-- ---------------------------------------------------------------------------------------------
-- Communes and their zoning
-- ---------------------------------------------------------------------------------------------

CREATE TABLE public.communes (
    insee_code   text PRIMARY KEY CONSTRAINT communes_insee_code_check
                     CHECK (insee_code ~ '^([0-9]{5}|2[AB][0-9]{3})$'),
    name         text NOT NULL CONSTRAINT communes_name_check CHECK (btrim(name) <> '' AND length(name) <= 120),
    departement  text NOT NULL CONSTRAINT communes_departement_check
                     CHECK (departement ~ '^(0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6])$'),
    mountain     boolean NOT NULL DEFAULT false,
    updated_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    updated_by   text NOT NULL DEFAULT public.masante_actor(),
    CONSTRAINT communes_insee_in_departement CHECK (insee_code LIKE departement || '%')
);
COMMENT ON TABLE public.communes IS
    'Communes (code officiel géographique) : nom, département, classement en zone de montagne.';

CREATE TYPE public.zoning_class AS ENUM ('zip', 'zac', 'hors_zonage');

CREATE TABLE public.commune_zonings (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    insee_code   text NOT NULL REFERENCES public.communes ON UPDATE CASCADE ON DELETE CASCADE,
    zoning       public.zoning_class NOT NULL,
    valid_from   date NOT NULL,
    valid_to     date,
    recorded_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by  text NOT NULL DEFAULT public.masante_actor(),
    CONSTRAINT commune_zonings_end_after_start CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT commune_zonings_one_start UNIQUE (insee_code, valid_from),
    CONSTRAINT commune_zonings_no_overlap EXCLUDE USING gist
        (insee_code WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
COMMENT ON TABLE public.commune_zonings IS
    'Zonage ARS de chaque commune, daté : ZIP, ZAC ou hors zonage, du … au … (jamais deux périodes qui se chevauchent).';

-- The zoning class of a commune on a day (NULL when no period covers it).
CREATE FUNCTION public.commune_zoning_on(code text, day date) RETURNS public.zoning_class
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT z.zoning FROM public.commune_zonings z
    WHERE z.insee_code OPERATOR(pg_catalog.=) code AND z.valid_from OPERATOR(pg_catalog.<=) day
      AND (z.valid_to IS NULL OR z.valid_to OPERATOR(pg_catalog.>=) day);
END;

-- Once the communes are loaded, a centre or an antenne names one of them.
CREATE FUNCTION public.sites_commune_known() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT FROM public.communes)
       AND NOT EXISTS (SELECT FROM public.communes c WHERE c.insee_code OPERATOR(pg_catalog.=) NEW.insee_code) THEN
        RAISE EXCEPTION 'commune % is not among the communes', NEW.insee_code
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'centres_commune_known';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER centres_commune_known BEFORE INSERT OR UPDATE OF insee_code ON public.centres
    FOR EACH ROW EXECUTE FUNCTION public.sites_commune_known();
CREATE TRIGGER sites_commune_known BEFORE INSERT OR UPDATE OF insee_code ON public.sites
    FOR EACH ROW EXECUTE FUNCTION public.sites_commune_known();

-- A commune a centre or an antenne names stays.
CREATE FUNCTION public.communes_keep_used() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT FROM public.centres c WHERE c.insee_code OPERATOR(pg_catalog.=) OLD.insee_code)
       OR EXISTS (SELECT FROM public.sites s WHERE s.insee_code OPERATOR(pg_catalog.=) OLD.insee_code) THEN
        RAISE EXCEPTION 'commune % hosts a centre or an antenne', OLD.insee_code
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'communes_in_use';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER communes_keep_used BEFORE DELETE OR UPDATE OF insee_code ON public.communes
    FOR EACH ROW EXECUTE FUNCTION public.communes_keep_used();

-- ---------------------------------------------------------------------------------------------
-- Posts: a staffing target per centre and profession, dated
-- ---------------------------------------------------------------------------------------------

-- The profession's label as an immutable key, for the exclusion constraint below (btree_gist has
-- no operator class for enums before PostgreSQL 16). Enum labels of `profession` are never renamed.
CREATE FUNCTION public.profession_key(p public.profession) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN p::text;

CREATE TABLE public.post_targets (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    centre_id    bigint NOT NULL REFERENCES public.centres ON DELETE CASCADE,
    profession   public.profession NOT NULL,
    fte          numeric(5,2) NOT NULL CONSTRAINT post_targets_fte_check CHECK (fte >= 0 AND fte <= 100),
    valid_from   date NOT NULL,
    valid_to     date,
    recorded_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by  text NOT NULL DEFAULT public.masante_actor(),
    CONSTRAINT post_targets_end_after_start CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT post_targets_no_overlap EXCLUDE USING gist
        (centre_id WITH =, public.profession_key(profession) WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
CREATE INDEX post_targets_centre_idx ON public.post_targets (centre_id, profession, valid_from);
COMMENT ON TABLE public.post_targets IS
    'Postes : nombre d''ETP d''une profession visé pour un centre, du … au … (l''objectif d''effectif).';

-- Whether the person at work (public.masante_actor(), the web's user too) may read a centre's
-- aggregates: a manager their own centres, every other role all of them.
CREATE FUNCTION public.actor_reads_centre(centre bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT NOT EXISTS (SELECT FROM public.logins l
                       WHERE l.login OPERATOR(pg_catalog.=) public.masante_actor()
                         AND l.group_role OPERATOR(pg_catalog.=) 'masante_responsable')
        OR EXISTS (SELECT FROM public.centre_managers m
                   WHERE m.login OPERATOR(pg_catalog.=) public.masante_actor()
                     AND m.centre_id OPERATOR(pg_catalog.=) centre);
END;

-- The posts in force on a day: target, staffed FTE (contract terms of the day × assignment share,
-- every profession, secretaries included) and vacancy (never below zero). No person appears.
CREATE FUNCTION public.post_vacancies(as_of date)
RETURNS TABLE (centre_id bigint, profession text, valid_from date, target_fte numeric, staffed_fte numeric,
               vacant_fte numeric)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    WITH staffed AS (
        SELECT a.centre_id, p.profession, sum(c.fte * a.share) AS fte
        FROM public.assignments a JOIN public.contract_periods c ON c.contract_id = a.contract_id
        JOIN public.people p ON p.id = a.person_id
        WHERE a.starts_on <= as_of AND (a.ends_on IS NULL OR a.ends_on >= as_of)
          AND c.starts_on <= as_of AND (c.ends_on IS NULL OR c.ends_on >= as_of)
        GROUP BY a.centre_id, p.profession)
    SELECT t.centre_id, t.profession::text, t.valid_from, t.fte, round(coalesce(s.fte, 0), 2),
           greatest(t.fte - round(coalesce(s.fte, 0), 2), 0)
    FROM public.post_targets t
    LEFT JOIN staffed s ON s.centre_id = t.centre_id AND s.profession = t.profession
    WHERE t.valid_from <= as_of AND (t.valid_to IS NULL OR t.valid_to >= as_of)
      AND public.actor_reads_centre(t.centre_id);
END;

-- ---------------------------------------------------------------------------------------------
-- Audit and rights
-- ---------------------------------------------------------------------------------------------

DO $$
DECLARE
    audited constant text[][] := ARRAY[['communes', 'insee_code'], ['commune_zonings', 'id'], ['post_targets', 'id']];
BEGIN
    FOR i IN 1 .. array_length(audited, 1) LOOP
        EXECUTE format('CREATE TRIGGER audit_inserted AFTER INSERT ON public.%I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION public.audit_inserted(%L)', audited[i][1], audited[i][2]);
        EXECUTE format('CREATE TRIGGER audit_updated AFTER UPDATE ON public.%I REFERENCING OLD TABLE AS old_rows '
                       'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.audit_updated(%L)',
                       audited[i][1], audited[i][2]);
        EXECUTE format('CREATE TRIGGER audit_deleted AFTER DELETE ON public.%I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION public.audit_deleted(%L)', audited[i][1], audited[i][2]);
        EXECUTE format('CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON public.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate()', audited[i][1]);
    END LOOP;
END $$;

ALTER TABLE public.communes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.commune_zonings ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.post_targets ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON public.communes TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY rh_all ON public.communes TO masante_rh USING (true) WITH CHECK (true);
CREATE POLICY everyone_reads ON public.communes FOR SELECT TO masante_responsable, masante_region USING (true);
CREATE POLICY admin_all ON public.commune_zonings TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY rh_all ON public.commune_zonings TO masante_rh USING (true) WITH CHECK (true);
CREATE POLICY everyone_reads ON public.commune_zonings FOR SELECT TO masante_responsable, masante_region USING (true);
CREATE POLICY admin_all ON public.post_targets TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY rh_all ON public.post_targets TO masante_rh USING (true) WITH CHECK (true);
CREATE POLICY responsable_own_centres ON public.post_targets FOR SELECT TO masante_responsable
    USING (centre_id = ANY ((SELECT public.my_centres())::bigint[]));
CREATE POLICY region_read ON public.post_targets FOR SELECT TO masante_region USING (true);

REVOKE ALL ON public.communes, public.commune_zonings, public.post_targets
    FROM PUBLIC, masante_admin, masante_rh, masante_responsable, masante_region;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.communes, public.commune_zonings, public.post_targets
    TO masante_admin, masante_rh;
GRANT SELECT ON public.communes, public.commune_zonings, public.post_targets TO masante_responsable, masante_region;
GRANT USAGE ON SEQUENCE public.commune_zonings_id_seq, public.post_targets_id_seq TO masante_admin, masante_rh;
GRANT USAGE ON TYPE public.zoning_class TO masante_admin, masante_rh, masante_responsable, masante_region;
GRANT EXECUTE ON FUNCTION public.sites_commune_known(), public.communes_keep_used()
    TO masante_admin, masante_rh;
GRANT EXECUTE ON FUNCTION public.commune_zoning_on(text, date), public.profession_key(public.profession),
    public.actor_reads_centre(bigint), public.post_vacancies(date)
    TO masante_admin, masante_rh, masante_responsable, masante_region;
