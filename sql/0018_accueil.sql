-- The welcome checklist of each recruit (« accueil », issue 17, item 6): the single desk that
-- handles a recruit's administrative steps, settling in and first day.
--
-- * A template per profession (`welcome_template_items`), seeded here and edited by HR: each item
--   has a label, a group (administratif, installation, premier jour), who does it (the GIP's HR,
--   the centre's manager, the partner commune) and a due offset in days from the hire date.
-- * A recruit's checklist (`welcome_checklists`) is a copy of their profession's template made on
--   a day of reference (the hire date), so editing the template later never rewrites it; its items
--   (`welcome_items`) carry a status (à faire, fait, sans objet), the day they were closed and a note.
-- * HR and the administrators read and write everything; a manager reads the checklists of their
--   centres' current staff and may tick the items whose owner is « responsable », nothing else;
--   the Region reads the aggregate counts of `report_welcome` only, never a name.

SET LOCAL ROLE masante_owner;

CREATE TYPE public.welcome_group AS ENUM ('administratif', 'installation', 'premier_jour');
CREATE TYPE public.welcome_owner AS ENUM ('rh', 'responsable', 'commune');
CREATE TYPE public.welcome_status AS ENUM ('a_faire', 'fait', 'sans_objet');

CREATE TABLE public.welcome_template_items (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    profession  public.profession NOT NULL,
    label       text NOT NULL,
    item_group  public.welcome_group NOT NULL,
    owner       public.welcome_owner NOT NULL,
    due_offset  integer NOT NULL,
    CONSTRAINT welcome_template_items_label_check
        CHECK (label = btrim(label) AND label <> '' AND length(label) <= 120),
    CONSTRAINT welcome_template_items_due_offset_check CHECK (due_offset BETWEEN -90 AND 365)
);
CREATE UNIQUE INDEX welcome_template_items_label_key ON public.welcome_template_items (profession, lower(label));
COMMENT ON TABLE public.welcome_template_items IS
    'Modèle de la liste d''accueil d''une recrue, par profession : libellé, groupe, qui s''en charge, délai en jours depuis l''embauche.';

CREATE TABLE public.welcome_checklists (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id   bigint NOT NULL REFERENCES public.people ON DELETE CASCADE,
    starts_on   date NOT NULL,
    opened_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    opened_by   text NOT NULL DEFAULT public.masante_actor(),
    CONSTRAINT welcome_checklists_one_per_hire UNIQUE (person_id, starts_on),
    UNIQUE (id, person_id)
);
COMMENT ON TABLE public.welcome_checklists IS
    'Liste d''accueil d''une recrue, copiée du modèle de sa profession ; les délais comptent depuis starts_on (la date d''embauche).';

CREATE TABLE public.welcome_items (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    checklist_id  bigint NOT NULL,
    person_id     bigint NOT NULL,
    label         text NOT NULL,
    item_group    public.welcome_group NOT NULL,
    owner         public.welcome_owner NOT NULL,
    due_offset    integer NOT NULL,
    status        public.welcome_status NOT NULL DEFAULT 'a_faire',
    done_on       date,
    note          text,
    updated_at    timestamptz NOT NULL DEFAULT pg_catalog.now(),
    updated_by    text NOT NULL DEFAULT public.masante_actor(),
    CONSTRAINT welcome_items_checklist_fkey FOREIGN KEY (checklist_id, person_id)
        REFERENCES public.welcome_checklists (id, person_id) ON DELETE CASCADE,
    CONSTRAINT welcome_items_label_check CHECK (label = btrim(label) AND label <> '' AND length(label) <= 120),
    CONSTRAINT welcome_items_due_offset_check CHECK (due_offset BETWEEN -90 AND 365),
    CONSTRAINT welcome_items_closed_has_date CHECK ((status = 'a_faire') = (done_on IS NULL)),
    CONSTRAINT welcome_items_note_check CHECK (length(note) <= 500)
);
CREATE UNIQUE INDEX welcome_items_label_key ON public.welcome_items (checklist_id, lower(label));
CREATE INDEX welcome_items_person_idx ON public.welcome_items (person_id);
COMMENT ON TABLE public.welcome_items IS
    'Éléments de la liste d''accueil d''une recrue : statut (à faire, fait, sans objet), jour où il a été clos, note.';

-- A checklist belongs to a recruit: someone whose stage « embauche » or « en poste » is recorded.
CREATE FUNCTION public.welcome_checklists_for_recruits() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.recruitment_events e
                   WHERE e.person_id OPERATOR(pg_catalog.=) NEW.person_id AND e.stage IN ('embauche', 'en_poste')) THEN
        RAISE EXCEPTION 'person % has not been hired', NEW.person_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'welcome_checklists_for_recruits';
    END IF;
    NEW.opened_at := pg_catalog.now();
    NEW.opened_by := public.masante_actor();
    RETURN NEW;
END $$;
CREATE TRIGGER welcome_checklists_for_recruits BEFORE INSERT OR UPDATE ON public.welcome_checklists
    FOR EACH ROW EXECUTE FUNCTION public.welcome_checklists_for_recruits();

-- The author and time of a change are the database's; an item is never closed on a day to come.
CREATE FUNCTION public.welcome_items_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.done_on OPERATOR(pg_catalog.>) (pg_catalog.now() AT TIME ZONE 'Europe/Paris')::date THEN
        RAISE EXCEPTION 'welcome item % closed on % is in the future', NEW.label, NEW.done_on
            USING ERRCODE = 'check_violation', CONSTRAINT = 'welcome_items_done_not_future';
    END IF;
    NEW.updated_at := pg_catalog.now();
    NEW.updated_by := public.masante_actor();
    RETURN NEW;
END $$;
CREATE TRIGGER welcome_items_stamp BEFORE INSERT OR UPDATE ON public.welcome_items
    FOR EACH ROW EXECUTE FUNCTION public.welcome_items_stamp();

CREATE TRIGGER audit_inserted AFTER INSERT ON public.welcome_template_items REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_inserted('id');
CREATE TRIGGER audit_updated AFTER UPDATE ON public.welcome_template_items
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_updated('id');
CREATE TRIGGER audit_deleted AFTER DELETE ON public.welcome_template_items REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_deleted('id');
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON public.welcome_template_items
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();
CREATE TRIGGER audit_inserted AFTER INSERT ON public.welcome_checklists REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_inserted('id');
CREATE TRIGGER audit_updated AFTER UPDATE ON public.welcome_checklists
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_updated('id');
CREATE TRIGGER audit_deleted AFTER DELETE ON public.welcome_checklists REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_deleted('id');
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON public.welcome_checklists
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();
CREATE TRIGGER audit_inserted AFTER INSERT ON public.welcome_items REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_inserted('id');
CREATE TRIGGER audit_updated AFTER UPDATE ON public.welcome_items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_updated('id');
CREATE TRIGGER audit_deleted AFTER DELETE ON public.welcome_items REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_deleted('id');
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON public.welcome_items
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();

-- Rights. HR and the administrators: everything. A manager: the checklists of the people assigned
-- to their centres now or from now on (the assignments they may read), and ticking the items
-- whose owner is « responsable ». The Region: nothing but report_welcome.
ALTER TABLE public.welcome_template_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.welcome_checklists ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.welcome_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON public.welcome_template_items TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY rh_all ON public.welcome_template_items TO masante_rh USING (true) WITH CHECK (true);
CREATE POLICY admin_all ON public.welcome_checklists TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY rh_all ON public.welcome_checklists TO masante_rh USING (true) WITH CHECK (true);
CREATE POLICY responsable_current_staff ON public.welcome_checklists FOR SELECT TO masante_responsable
    USING (person_id IN (SELECT a.person_id FROM public.assignments a WHERE a.ends_on IS NULL OR a.ends_on >= current_date));
CREATE POLICY admin_all ON public.welcome_items TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY rh_all ON public.welcome_items TO masante_rh USING (true) WITH CHECK (true);
CREATE POLICY responsable_current_staff ON public.welcome_items FOR SELECT TO masante_responsable
    USING (person_id IN (SELECT a.person_id FROM public.assignments a WHERE a.ends_on IS NULL OR a.ends_on >= current_date));
CREATE POLICY responsable_ticks_own_items ON public.welcome_items FOR UPDATE TO masante_responsable
    USING (owner = 'responsable'
           AND person_id IN (SELECT a.person_id FROM public.assignments a WHERE a.ends_on IS NULL OR a.ends_on >= current_date))
    WITH CHECK (owner = 'responsable'
           AND person_id IN (SELECT a.person_id FROM public.assignments a WHERE a.ends_on IS NULL OR a.ends_on >= current_date));

REVOKE ALL ON public.welcome_template_items, public.welcome_checklists, public.welcome_items
    FROM PUBLIC, masante_admin, masante_rh, masante_responsable, masante_region;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.welcome_template_items, public.welcome_checklists, public.welcome_items
    TO masante_admin;
GRANT SELECT, INSERT (profession, label, item_group, owner, due_offset), UPDATE (item_group, owner, due_offset), DELETE
    ON public.welcome_template_items TO masante_rh;
GRANT SELECT, INSERT (person_id, starts_on), DELETE ON public.welcome_checklists TO masante_rh;
GRANT SELECT, INSERT (checklist_id, person_id, label, item_group, owner, due_offset, status, done_on, note),
    UPDATE (item_group, owner, due_offset, status, done_on, note), DELETE ON public.welcome_items TO masante_rh;
GRANT SELECT ON public.welcome_checklists, public.welcome_items TO masante_responsable;
GRANT UPDATE (status, done_on, note) ON public.welcome_items TO masante_responsable;
GRANT USAGE ON SEQUENCE public.welcome_template_items_id_seq, public.welcome_checklists_id_seq,
    public.welcome_items_id_seq TO masante_admin, masante_rh;
GRANT USAGE ON TYPE public.welcome_group, public.welcome_owner, public.welcome_status
    TO masante_admin, masante_rh, masante_responsable;
REVOKE ALL ON FUNCTION public.welcome_checklists_for_recruits(), public.welcome_items_stamp() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.welcome_checklists_for_recruits(), public.welcome_items_stamp()
    TO masante_admin, masante_rh, masante_responsable;

-- The default template: the same welcome for every profession, with the steps of each one's order
-- and cards (secretaries have no RPPS nor order: a CPE card instead of a CPS card).
INSERT INTO public.welcome_template_items (profession, label, item_group, owner, due_offset)
SELECT p.profession, t.label, t.item_group::public.welcome_group, t.owner::public.welcome_owner, t.due_offset
FROM (VALUES
    ('{*}', 'Contrat de travail signé', 'administratif', 'rh', 0),
    ('{*}', 'Déclaration préalable à l''embauche (DPAE)', 'administratif', 'rh', 0),
    ('{medecin_generaliste,medecin_specialiste}', 'Inscription au tableau de l''Ordre des médecins', 'administratif', 'rh', 30),
    ('{infirmier}', 'Inscription au tableau de l''Ordre des infirmiers', 'administratif', 'rh', 30),
    ('{sage_femme}', 'Inscription au tableau de l''Ordre des sages-femmes', 'administratif', 'rh', 30),
    ('{medecin_generaliste,medecin_specialiste,infirmier,sage_femme}', 'RPPS à jour (adresse d''exercice au centre)', 'administratif', 'rh', 30),
    ('{medecin_generaliste,medecin_specialiste,infirmier,sage_femme}', 'Carte CPS commandée', 'administratif', 'rh', 15),
    ('{secretaire_medical}', 'Carte CPE (personnel d''établissement) commandée', 'administratif', 'rh', 15),
    ('{medecin_generaliste,medecin_specialiste,infirmier,sage_femme}', 'Affiliation à l''Assurance maladie (CPAM)', 'administratif', 'rh', 30),
    ('{*}', 'Mutuelle et prévoyance du GIP', 'administratif', 'rh', 30),
    ('{*}', 'Visite d''information et de prévention (médecine du travail)', 'administratif', 'rh', 90),
    ('{*}', 'Logement trouvé', 'installation', 'commune', 0),
    ('{*}', 'Rencontre avec le contact de la commune partenaire', 'installation', 'commune', 15),
    ('{*}', 'Emploi du conjoint : contacts transmis', 'installation', 'commune', 30),
    ('{*}', 'Scolarité des enfants : inscriptions faites', 'installation', 'commune', 30),
    ('{*}', 'Découverte du territoire (élus, pharmacies, EHPAD, confrères)', 'installation', 'responsable', 60),
    ('{*}', 'Remise des clés et des badges', 'premier_jour', 'responsable', 0),
    ('{*}', 'Poste informatique et messagerie', 'premier_jour', 'responsable', 0),
    ('{*}', 'Accès au logiciel de dossier patient', 'premier_jour', 'responsable', 0),
    ('{*}', 'Agenda de prise de rendez-vous ouvert', 'premier_jour', 'responsable', 0)
) AS t (professions, label, item_group, owner, due_offset)
CROSS JOIN LATERAL (SELECT unnest(pg_catalog.enum_range(NULL::public.profession)) AS profession) p
WHERE t.professions = '{*}' OR p.profession::text = ANY (t.professions::text[]);

-- The welcome of the recruits hired in the 12 months up to a day (professionals counted toward
-- the goal, as report_hires_by_profession), each by their latest checklist as it stood that day:
-- finished (every item closed by then), late (an item still open after its due day), in progress,
-- or without a checklist. A count of 1 or 2 is withheld (NULL, statistical secrecy, as in
-- report_centres), and so is the smallest other count then, lest the total give it away; all four
-- are withheld when fewer recruits than the minimum cell were hired.
CREATE FUNCTION public.report_welcome(as_of date)
RETURNS TABLE (recruits bigint, finished bigint, in_progress bigint, late bigint, without_checklist bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
    total bigint;
    counts bigint[];
    hidden boolean[] := ARRAY[false, false, false, false];
    minimum integer := public.report_minimum_cell();
    smallest integer;
BEGIN
    WITH recent AS (
        SELECT h.person_id FROM public.hires h
        WHERE h.counts_toward_goal AND h.hired_on <= as_of AND h.hired_on > as_of - interval '12 months'),
    latest AS (
        SELECT DISTINCT ON (c.person_id) c.person_id, c.id, c.starts_on FROM public.welcome_checklists c
        WHERE c.person_id IN (SELECT r.person_id FROM recent r)
        ORDER BY c.person_id, c.starts_on DESC),
    state AS (
        SELECT l.id IS NULL AS without,
               EXISTS (SELECT 1 FROM public.welcome_items i
                       WHERE i.checklist_id = l.id AND (i.done_on IS NULL OR i.done_on > as_of)) AS open,
               EXISTS (SELECT 1 FROM public.welcome_items i
                       WHERE i.checklist_id = l.id AND (i.done_on IS NULL OR i.done_on > as_of)
                         AND l.starts_on + i.due_offset < as_of) AS overdue
        FROM recent r LEFT JOIN latest l ON l.person_id = r.person_id)
    SELECT count(*),
           ARRAY[count(*) FILTER (WHERE NOT s.without AND NOT s.open), count(*) FILTER (WHERE s.open AND NOT s.overdue),
                 count(*) FILTER (WHERE s.overdue), count(*) FILTER (WHERE s.without)]
    INTO total, counts FROM state s;
    IF total < minimum THEN
        hidden := ARRAY[true, true, true, true];
    ELSE
        FOR k IN 1..4 LOOP
            hidden[k] := counts[k] > 0 AND counts[k] < minimum;
        END LOOP;
        IF (SELECT count(*) FROM unnest(hidden) AS h (withheld) WHERE h.withheld) = 1 THEN
            FOR k IN 1..4 LOOP
                IF NOT hidden[k] AND counts[k] > 0 AND (smallest IS NULL OR counts[k] < counts[smallest]) THEN
                    smallest := k;
                END IF;
            END LOOP;
            hidden[smallest] := true;
        END IF;
    END IF;
    RETURN QUERY SELECT total,
        CASE WHEN NOT hidden[1] THEN counts[1] END, CASE WHEN NOT hidden[2] THEN counts[2] END,
        CASE WHEN NOT hidden[3] THEN counts[3] END, CASE WHEN NOT hidden[4] THEN counts[4] END;
END $$;
REVOKE ALL ON FUNCTION public.report_welcome(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.report_welcome(date)
    TO masante_admin, masante_rh, masante_responsable, masante_region;
