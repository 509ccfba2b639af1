-- The GIP's registry: centres and their sites, opening hours and partners; people,
-- contracts, assignments to centres and the dated stages of their recruitment.
-- Constraints make bad states impossible; the CLI only makes the messages friendly.

-- Luhn check over the digits of a string (RPPS, SIRET, FINESS).
CREATE FUNCTION luhn_is_valid(digits text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN digits ~ '^[0-9]+$' AND (
    SELECT sum(CASE WHEN (length(digits) - position) % 2 = 1
                    THEN (d * 2) / 10 + (d * 2) % 10
                    ELSE d END) % 10 = 0
    FROM unnest(string_to_array(digits, NULL)::int[]) WITH ORDINALITY AS t(d, position)
);

-- A range of times of day, for opening hours that must not overlap.
CREATE TYPE timerange AS RANGE (subtype = time);

-- Partner local authorities (communes, intercommunalités) that host centres.
CREATE TABLE collectivites (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE CHECK (btrim(name) <> ''),
    siret       text UNIQUE CHECK (siret ~ '^[0-9]{14}$' AND luhn_is_valid(siret)),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TYPE centre_status AS ENUM
    ('candidature', 'retenue', 'convention_signee', 'en_preparation', 'ouvert', 'ferme');

CREATE TABLE centres (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL CHECK (btrim(name) <> ''),
    commune      text NOT NULL CHECK (btrim(commune) <> ''),
    insee_code   text NOT NULL CHECK (insee_code ~ '^([0-9]{5}|2[AB][0-9]{3})$'),
    departement  text NOT NULL CHECK (departement ~ '^(0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6])$'),
    status       centre_status NOT NULL,
    opened_on    date,
    closed_on    date,
    finess       text UNIQUE CHECK (finess ~ '^[0-9]{2}[0-9]{7}$|^2[AB][0-9]{7}$'),
    partner_id   bigint REFERENCES collectivites,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT centres_insee_in_departement CHECK (
        insee_code LIKE departement || '%' OR (departement IN ('2A', '2B') AND insee_code LIKE '20%')),
    CONSTRAINT centres_open_has_date CHECK (status NOT IN ('ouvert', 'ferme') OR opened_on IS NOT NULL),
    CONSTRAINT centres_closed_has_date CHECK ((status = 'ferme') = (closed_on IS NOT NULL)),
    CONSTRAINT centres_closed_after_opened CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
CREATE UNIQUE INDEX centres_name_key ON centres (lower(name));
CREATE INDEX centres_opened_on_idx ON centres (opened_on) WHERE opened_on IS NOT NULL;

-- Dated lifecycle of each centre: the history behind "centres opened per year".
CREATE TABLE centre_status_events (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    centre_id     bigint NOT NULL REFERENCES centres ON DELETE CASCADE,
    status        centre_status NOT NULL,
    effective_on  date NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    recorded_by   text NOT NULL DEFAULT current_user,
    UNIQUE (centre_id, status)
);

-- Where a centre works: its main site and its antennes (satellite sites).
CREATE TABLE sites (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    centre_id   bigint NOT NULL REFERENCES centres ON DELETE CASCADE,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    commune     text NOT NULL CHECK (btrim(commune) <> ''),
    insee_code  text NOT NULL CHECK (insee_code ~ '^([0-9]{5}|2[AB][0-9]{3})$'),
    is_main     boolean NOT NULL DEFAULT false,
    UNIQUE (centre_id, name)
);
CREATE UNIQUE INDEX sites_one_main_per_centre ON sites (centre_id) WHERE is_main;

-- Weekly opening hours: several ranges a day, never overlapping (1 = Monday … 7 = Sunday).
CREATE TABLE opening_hours (
    centre_id  bigint NOT NULL REFERENCES centres ON DELETE CASCADE,
    weekday    smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens_at   time NOT NULL,
    closes_at  time NOT NULL,
    CHECK (opens_at < closes_at),
    PRIMARY KEY (centre_id, weekday, opens_at),
    CONSTRAINT opening_hours_no_overlap EXCLUDE USING gist
        (centre_id WITH =, weekday WITH =, timerange(opens_at, closes_at) WITH &&)
);

CREATE TYPE profession AS ENUM
    ('medecin_generaliste', 'medecin_specialiste', 'infirmier', 'sage_femme', 'secretaire_medical');

-- Whether hiring this profession counts toward the Region's goal (secretaries do not).
CREATE FUNCTION profession_counts_toward_goal(p profession) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN p <> 'secretaire_medical';

CREATE TABLE people (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    last_name   text NOT NULL CHECK (btrim(last_name) <> ''),
    first_name  text NOT NULL CHECK (btrim(first_name) <> ''),
    profession  profession NOT NULL,
    specialty   text,
    rpps        text UNIQUE CHECK (rpps ~ '^[0-9]{11}$' AND luhn_is_valid(rpps)),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT people_specialty_for_specialists CHECK ((profession = 'medecin_specialiste') = (specialty IS NOT NULL))
);
CREATE INDEX people_name_idx ON people (lower(last_name), lower(first_name));

CREATE TYPE contract_type AS ENUM ('CDI', 'CDD');

CREATE TABLE contracts (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     bigint NOT NULL REFERENCES people ON DELETE CASCADE,
    kind          contract_type NOT NULL,
    starts_on     date NOT NULL,
    ends_on       date,
    weekly_hours  numeric(4,2) NOT NULL CHECK (weekly_hours > 0 AND weekly_hours <= 35),
    fte           numeric(5,4) GENERATED ALWAYS AS (round(weekly_hours / 35, 4)) STORED,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT contracts_end_after_start CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT contracts_cdd_has_end CHECK (kind = 'CDI' OR ends_on IS NOT NULL),
    CONSTRAINT contracts_no_overlap EXCLUDE USING gist
        (person_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&),
    UNIQUE (id, person_id)
);

-- A person working in a centre for a period, for a share of their contract's time.
CREATE TABLE assignments (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id    bigint NOT NULL,
    contract_id  bigint NOT NULL,
    centre_id    bigint NOT NULL REFERENCES centres,
    starts_on    date NOT NULL,
    ends_on      date,
    share        numeric(3,2) NOT NULL DEFAULT 1 CHECK (share > 0 AND share <= 1),
    FOREIGN KEY (contract_id, person_id) REFERENCES contracts (id, person_id) ON DELETE CASCADE,
    CONSTRAINT assignments_end_after_start CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT assignments_no_overlap EXCLUDE USING gist
        (person_id WITH =, centre_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
);
CREATE INDEX assignments_centre_idx ON assignments (centre_id, starts_on);
CREATE INDEX assignments_person_idx ON assignments (person_id);

-- An assignment must lie within its contract, even when the contract changes later.
CREATE FUNCTION assignments_within_contract() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    bad record;
BEGIN
    SELECT a.id, a.starts_on, a.ends_on, c.starts_on AS c_start, c.ends_on AS c_end INTO bad
    FROM assignments a JOIN contracts c ON c.id = a.contract_id
    WHERE (CASE TG_TABLE_NAME WHEN 'assignments' THEN a.id ELSE c.id END) = NEW.id
      AND NOT daterange(c.starts_on, c.ends_on, '[]') @> daterange(a.starts_on, a.ends_on, '[]')
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'assignment % (% – %) lies outside its contract (% – %)',
            bad.id, bad.starts_on, coalesce(bad.ends_on::text, '∞'), bad.c_start, coalesce(bad.c_end::text, '∞')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'assignments_within_contract';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER assignments_within_contract AFTER INSERT OR UPDATE ON assignments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION assignments_within_contract();
CREATE CONSTRAINT TRIGGER contracts_keep_assignments_within AFTER UPDATE ON contracts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION assignments_within_contract();

CREATE TYPE recruitment_stage AS ENUM
    ('candidat', 'entretien', 'promesse', 'embauche', 'en_poste', 'parti', 'abandon');

-- Whether a person may move from one stage to the next (the same rule as MaSante's
-- RecruitmentStage.canMove): forward only, abandon before the hire, departure after it.
CREATE FUNCTION recruitment_transition_allowed(from_stage recruitment_stage, to_stage recruitment_stage)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN from_stage IS NULL THEN to_stage IN ('candidat', 'embauche', 'en_poste')
    WHEN from_stage IN ('parti', 'abandon') THEN false
    WHEN to_stage = 'abandon' THEN from_stage IN ('candidat', 'entretien', 'promesse')
    WHEN to_stage = 'parti' THEN from_stage IN ('embauche', 'en_poste')
    ELSE to_stage > from_stage
END;

-- Dated stage changes; the date of the 'embauche' event is what the goal counts.
CREATE TABLE recruitment_events (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id    bigint NOT NULL REFERENCES people ON DELETE CASCADE,
    stage        recruitment_stage NOT NULL,
    occurred_on  date NOT NULL,
    note         text,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    recorded_by  text NOT NULL DEFAULT current_user,
    UNIQUE (person_id, stage)
);
CREATE INDEX recruitment_events_stage_idx ON recruitment_events (stage, occurred_on);

CREATE FUNCTION recruitment_events_check_transition() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    previous recruitment_events;
BEGIN
    PERFORM 1 FROM people WHERE id = NEW.person_id FOR UPDATE;
    SELECT * INTO previous FROM recruitment_events
    WHERE person_id = NEW.person_id ORDER BY stage DESC LIMIT 1;
    IF NOT recruitment_transition_allowed(previous.stage, NEW.stage) THEN
        RAISE EXCEPTION 'stage % cannot follow %', NEW.stage, coalesce(previous.stage::text, 'nothing')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'recruitment_events_transition';
    END IF;
    IF previous.occurred_on > NEW.occurred_on THEN
        RAISE EXCEPTION 'stage % on % precedes stage % on %', NEW.stage, NEW.occurred_on, previous.stage, previous.occurred_on
            USING ERRCODE = 'check_violation', CONSTRAINT = 'recruitment_events_chronology';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER recruitment_events_check_transition BEFORE INSERT ON recruitment_events
    FOR EACH ROW EXECUTE FUNCTION recruitment_events_check_transition();

-- Each person's latest stage.
CREATE VIEW people_stage AS
SELECT DISTINCT ON (person_id) person_id, stage, occurred_on
FROM recruitment_events
ORDER BY person_id, stage DESC;

-- Every hire (first 'embauche' or, for staff registered directly in post, 'en_poste'),
-- with whether it counts toward the goal. Hires never go down: departures stay here.
CREATE VIEW hires AS
SELECT p.id AS person_id, p.profession, profession_counts_toward_goal(p.profession) AS counts_toward_goal,
       min(e.occurred_on) AS hired_on
FROM people p JOIN recruitment_events e ON e.person_id = p.id AND e.stage IN ('embauche', 'en_poste')
GROUP BY p.id;
