import MaSanteTerminal

/// `masante planning …`: each centre's weekly schedule, from planning to publishing.
struct Planning: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Planning hebdomadaire des centres : saisir, vérifier, publier, exporter.",
        subcommands: [
            Ajouter.self, Supprimer.self, Deplacer.self, Importer.self, Semaine.self, Verifier.self, Copier.self,
            Modele.self,
            Publier.self, Historique.self, Exporter.self, Regles.self, Besoins.self, Preferences.self, Proposer.self,
            Expliquer.self, Suggerer.self, Creneaux.self,
        ]
    )

    struct Ajouter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ajoute un service au planning d'un centre.",
            discussion: "Une fin avant le début tombe le lendemain (22:00 → 06:00). Activités : \(Activity.validCodes)."
        )

        @OptionGroup var centre: CentreChoice
        @OptionGroup var shift: NewShiftOptions
        @OptionGroup var change: ChangeOptions

        func run() throws {
            let (session, centre) = try centre.open()
            let shift = try shift.shift(centre: centre.name)
            let added = try OptionRecord.reporting {
                try AddShift(session).run(shift, reason: try change.reason(), force: change.forcer)
            }
            added.lines.forEach { print($0) }
        }
    }

    struct Supprimer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Supprime un service (par son identifiant, ou par centre, personne, jour et début).",
            discussion: "Sans --debut, supprime tous les services de la personne ce jour-là dans ce centre.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var selection: ShiftSelection
        @OptionGroup var change: ChangeOptions

        func validate() throws {
            try OptionRefusal.checking { _ = try selection.checked() }
        }

        func run() throws {
            let session = try global.connect()
            let reason = try change.reason()
            try DeleteShifts(session).run(try selection.choice(session: session), reason: reason, force: change.forcer)
                .deletedLines.forEach { print($0) }
        }
    }

    struct Importer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Importe un fichier de planning (tout ou rien).",
            discussion:
                "Colonnes : \((PlanningRecord.requiredColumns + PlanningRecord.optionalColumns).joined(separator: ";")). Sans --remplacer, les services s'ajoutent à ceux des semaines ; avec, ils remplacent ceux des semaines et centres du fichier."
        )

        @OptionGroup var arguments: ImportArguments
        @Flag(help: "Remplacer les services des semaines et centres présents dans le fichier.") var remplacer = false
        @OptionGroup var change: ChangeOptions

        func run() throws {
            let reader = try openCSV(arguments.fichier)
            let session = try arguments.global.connect()
            let reason = try change.reason()
            try ImportPlanningFile(session).run(reader, replace: remplacer, reason: reason, force: change.forcer)
                .importedLines.forEach { print($0) }
        }
    }
}
