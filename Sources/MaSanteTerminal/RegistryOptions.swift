public import ArgumentParser
public import MaSante
public import MaSanteApp

// The options of the registry's commands that make one use case's request, each group
// standing where the command's options stand (its --help is unchanged).

/// The options of `personnel ajouter`: the person hired, the contract and the centre, read as
/// a line of the people's import (``HirePerson/Request``), so that they pass its very checks.
public struct HireOptions: ParsableArguments {
    @Option(help: "Nom de famille.") public var nom: String
    @Option(help: "Prénom.") public var prenom: String
    @Option(help: "Profession : \(Profession.validCodes).") public var profession: String
    @Option(help: "Spécialité (médecins spécialistes).") public var specialite: String?
    @Option(help: "Numéro RPPS (11 chiffres ; aucun pour les secrétaires).") public var rpps: String?
    @Option(help: "Nom du centre d'affectation.") public var centre: String
    @Option(name: .customLong("date-embauche"), help: "Date d'embauche, début du contrat.")
    public var dateEmbauche: String
    @Option(name: .customLong("heures-hebdo"), help: "Heures hebdomadaires (35 par défaut, ex. 17,5).")
    public var heuresHebdo: String?
    @Option(name: .customLong("type-contrat"), help: "CDI (par défaut) ou CDD.") public var typeContrat: String?
    @Option(name: .customLong("date-fin"), help: "Fin du contrat (obligatoire pour un CDD).") public var dateFin:
        String?

    public init() {}

    /// The hire, refused per field (65).
    public func request() throws -> HirePerson.Request {
        try HirePerson.Request(
            FieldRecord(values: [
                ("nom", nom), ("prenom", prenom), ("profession", profession), ("specialite", specialite),
                ("rpps", rpps ?? ""), ("centre", centre), ("date_embauche", dateEmbauche),
                ("heures_hebdo", heuresHebdo), ("type_contrat", typeContrat), ("date_fin", dateFin),
            ]))
    }
}

/// `recrutement candidat`: the new candidate.
public struct CandidateOptions: ParsableArguments {
    @Option(help: "Nom de famille.") public var nom: String
    @Option(help: "Prénom.") public var prenom: String
    @Option(help: "Profession.") public var profession: Profession
    @Option(help: "Spécialité (médecins spécialistes).") public var specialite: Specialty?
    @Option(help: "Numéro RPPS, s'il est connu.") public var rpps: RPPS?
    @Option(help: "Date du premier contact (aujourd'hui par défaut).") public var date: CalendarDate?
    @Option(help: "Remarque.") public var note: String?

    public init() {}

    /// The candidate as ``RegisterCandidate`` takes them, refused per field (65).
    public func request() throws -> RegisterCandidate.Request {
        try RegisterCandidate.Request(
            lastName: nom, firstName: prenom, profession: profession, specialty: specialite, rpps: rpps,
            date: date ?? .today(), note: note)
    }
}

/// `personnel avenant`: whose contract changes, from when, and how.
public struct AmendmentOptions: ParsableArguments {
    @OptionGroup public var who: PersonOption
    @Option(help: "Date d'effet de l'avenant.") public var le: CalendarDate
    @Option(name: .customLong("heures-hebdo"), help: "Nouvelles heures hebdomadaires (ex. 28 ou 17,5).")
    public var heuresHebdo: WeeklyHoursOption?
    @Option(name: .customLong("type-contrat"), help: "Nouveau type : CDI ou CDD.") public var typeContrat: ContractType?
    @Option(name: .customLong("date-fin"), help: "Nouvelle fin du contrat (CDD renouvelé).") public var dateFin:
        CalendarDate?
    @Option(help: "Motif ou remarque.") public var motif: String?

    public init() {}

    /// The amendment as ``AmendContract`` takes it, refused per field (65).
    public func request() throws -> AmendContract.Request {
        try AmendContract.Request(
            person: who.personne, effective: le, weeklyHours: heuresHebdo?.hours, type: typeContrat, end: dateFin,
            note: motif)
    }
}

/// `personnel absence ajouter`: who is away, why, from when to when.
public struct LongAbsenceOptions: ParsableArguments {
    @OptionGroup public var who: PersonOption
    @Option(help: "Type d'absence : \(LongAbsenceKind.validCodes).") public var type: LongAbsenceKind
    @Option(help: "Premier jour de l'absence.") public var du: CalendarDate
    @Option(help: "Dernier jour prévu (sans --au : retour inconnu, à enregistrer avec « absence fin »).")
    public var au: CalendarDate?
    @Option(help: "Motif ou remarque.") public var motif: String?

    public init() {}

    /// The absence as ``RecordLongAbsence`` takes it, refused per field (65).
    public func request() throws -> RecordLongAbsence.Request {
        try RecordLongAbsence.Request(person: who.personne, kind: type, first: du, last: au, note: motif)
    }
}

/// `accueil modele ajouter`: the step added to the templates.
public struct WelcomeStepOptions: ParsableArguments {
    @Option(help: "Libellé de l'élément (120 caractères au plus).") public var libelle: String
    @Option(help: "Groupe de l'élément.") public var groupe: WelcomeGroup
    @Option(help: "Qui s'en charge.") public var qui: WelcomeOwner
    @Option(
        parsing: .unconditional,
        help: "Échéance en jours depuis l'embauche, de -90 à 365 (30, J+30 ; -15 : avant l'arrivée).")
    public var delai: DueOffset
    @Option(help: "Profession dont le modèle reçoit l'élément (à répéter ; toutes par défaut).")
    public var profession: [Profession] = []

    public init() {}

    /// The step as ``EditWelcomeTemplate`` takes it, refused per field (65).
    public func request() throws -> EditWelcomeTemplate.Request {
        try EditWelcomeTemplate.Request(
            label: libelle, group: groupe, owner: qui, offset: delai, professions: profession)
    }
}

/// `accueil cocher`: whose item, which one, and its new status.
public struct WelcomeTickOptions: ParsableArguments {
    @OptionGroup public var who: PersonOption
    @Option(help: "L'élément : son numéro (accueil voir) ou une partie de son libellé qui le distingue.")
    public var element: String
    @Option(help: "Nouveau statut.") public var statut: WelcomeStatus = .fait
    @Option(help: "Jour où c'est fait (aujourd'hui par défaut).") public var le: CalendarDate?
    @Option(help: "Note (remplace la précédente).") public var note: String?

    public init() {}

    /// The tick as ``RecruitWelcome`` takes it, refused per field (65).
    public func request() throws -> RecruitWelcome.Tick {
        try RecruitWelcome.Tick(person: who.personne, item: element, status: statut, day: le, note: note)
    }
}

/// `postes definir`: a centre's staffing target for a profession, from a day.
public struct PostTargetOptions: ParsableArguments {
    @Option(help: "Le centre : son nom, ou une partie qui le distingue.") public var centre: String
    @Option(help: "La profession (\(Profession.validCodes)).") public var profession: Profession
    @Option(parsing: .unconditional, help: "Nombre d'ETP visé (2, 2,5…), positif ou nul.") public var etp: PostFTE
    @Option(help: "Premier jour de l'objectif ; aujourd'hui par défaut.") public var du: CalendarDate?

    public init() {}

    /// The target as ``CentrePosts`` takes it.
    public var request: CentrePosts.Request {
        CentrePosts.Request(centre: centre, profession: profession, fte: etp, from: du ?? .today())
    }
}

/// `audit`: from which day, which table, whose changes, how many lines at most.
public struct AuditFilterOptions: ParsableArguments {
    @Option(help: "Depuis cette date (AAAA-MM-JJ ou JJ/MM/AAAA, heure de Paris) ; aujourd'hui par défaut.")
    public var depuis: CalendarDate?
    @Option(help: "Seulement cette table.") public var table: String?
    @Option(help: "Seulement les changements de cet identifiant de connexion.") public var qui: String?
    @Option(help: "Nombre maximal de lignes.") public var limite = 1_000

    public init() {}

    /// The filter as ``ReadAuditTrail`` takes it; a limit that is not positive is refused (65).
    public func request() throws -> ReadAuditTrail.Request {
        try ReadAuditTrail.Request(since: depuis ?? .today(), table: table, login: qui, limit: limite)
    }
}
