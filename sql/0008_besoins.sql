-- What each centre needs covered in a week, and what each person wishes, for the automatic proposal (masante planning
-- proposer): on a weekday, from a time to a time, so many people of a kind doing an activity,
-- with a minimum and a target. A centre with no row gets needs derived from its opening hours.

-- masante_admin puts the audit triggers on the tables it creates from now on.
GRANT EXECUTE ON FUNCTION audit_inserted(), audit_updated(), audit_deleted() TO masante_admin;
SET LOCAL ROLE masante_admin;

CREATE TABLE centre_needs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    centre_id   bigint NOT NULL REFERENCES centres ON DELETE CASCADE,
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 6),
    starts      time NOT NULL,
    ends        time NOT NULL,
    activity    activity NOT NULL CHECK (activity NOT IN ('conge', 'maladie')),
    staff_kind  text NOT NULL CHECK (staff_kind IN ('medecin', 'infirmier', 'sage_femme', 'secretaire', 'soignant')),
    place       text CHECK (place IS NULL OR btrim(place) <> ''),
    minimum     smallint NOT NULL CHECK (minimum >= 0),
    target      smallint NOT NULL CHECK (target >= minimum AND target >= 1),
    CHECK (starts < ends),
    CONSTRAINT centre_needs_ehpad_named CHECK (activity <> 'visite_ehpad' OR place IS NOT NULL)
);
CREATE INDEX centre_needs_centre_idx ON centre_needs (centre_id);

CREATE TRIGGER audit_inserted AFTER INSERT ON centre_needs REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_inserted('id');
CREATE TRIGGER audit_updated AFTER UPDATE ON centre_needs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_updated('id');
CREATE TRIGGER audit_deleted AFTER DELETE ON centre_needs REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_deleted('id');

GRANT SELECT ON centre_needs TO masante_rh;
GRANT SELECT, INSERT, UPDATE, DELETE ON centre_needs TO masante_responsable;
ALTER TABLE centre_needs ENABLE ROW LEVEL SECURITY;
CREATE POLICY responsable_own_centres ON centre_needs TO masante_responsable
    USING (centre_id = ANY ((SELECT my_centres())::bigint[])) WITH CHECK (centre_id = ANY ((SELECT my_centres())::bigint[]));
CREATE POLICY rh_read ON centre_needs FOR SELECT TO masante_rh USING (true);

-- Each person's standing wishes, per weekday and time range: unavailable (never planned then),
-- undesired (avoided when possible) or desired (preferred).
CREATE TABLE staff_preferences (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  bigint NOT NULL REFERENCES people ON DELETE CASCADE,
    weekday    smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts     time NOT NULL,
    ends       time NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('indisponible', 'non_souhaite', 'souhaite')),
    CHECK (starts < ends)
);
CREATE INDEX staff_preferences_person_idx ON staff_preferences (person_id);

CREATE TRIGGER audit_inserted AFTER INSERT ON staff_preferences REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_inserted('id');
CREATE TRIGGER audit_updated AFTER UPDATE ON staff_preferences REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_updated('id');
CREATE TRIGGER audit_deleted AFTER DELETE ON staff_preferences REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_deleted('id');

-- HR and the managers of the centres where the person works keep them.
GRANT SELECT, INSERT, UPDATE, DELETE ON staff_preferences TO masante_rh, masante_responsable;
ALTER TABLE staff_preferences ENABLE ROW LEVEL SECURITY;
CREATE POLICY rh_all ON staff_preferences TO masante_rh USING (true) WITH CHECK (true);
CREATE POLICY responsable_own_staff ON staff_preferences TO masante_responsable
    USING (person_id IN (SELECT person_id FROM assignments)) WITH CHECK (person_id IN (SELECT person_id FROM assignments));
