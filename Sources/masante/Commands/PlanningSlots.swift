import MaSanteTerminal

extension Planning {
    /// `masante planning creneaux …`: the published week as bookable slots.
    struct Creneaux: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Créneaux de consultation et de soins non programmés d'une semaine, pour l'agenda et le SAS.",
            subcommands: [Exporter.self, Regles.self, Lien.self, Revoquer.self], defaultSubcommand: Exporter.self)
    }
}

extension Planning.Creneaux {
    struct Exporter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exporte les créneaux d'une semaine publiée (FHIR R4 pour le SAS, csv ou ics).",
            discussion:
                "Les services de consultation deviennent des créneaux avec rendez-vous, les soins non programmés des créneaux du jour même, jamais pendant une visite, une absence ou une fermeture du centre. Chaque créneau garde le même identifiant d'un export à l'autre ; un créneau d'un export précédent qui a disparu de la semaine publiée revient comme « retiré » (busy-unavailable)."
        )

        @OptionGroup var week: WeekOptions
        @OptionGroup var export: SlotExportOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.check(holding: .personal)
            let (session, centre) = try week.open()
            let slots = try ExportSlots(session).run(
                centre: centre, week: week.week(), includeDrafts: export.brouillons)
            try output.emit(
                try slots.document(export.slotFormat), holding: .personal,
                done: "Créneaux (\(slots.freeCount) libre(s), \(slots.withdrawnCount) retiré(s)) écrits")
        }
    }

    struct Regles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Montre ou règle le découpage en créneaux d'un centre (durée, marge de fin de demi-journée).",
            discussion:
                "Par défaut : consultation en créneaux de 20 min, soins non programmés de 15 min, sans marge. Durée de \(SlotRule.lengths.lowerBound) à \(SlotRule.lengths.upperBound) min, marge de \(SlotRule.endMargins.lowerBound) à \(SlotRule.endMargins.upperBound) min."
        )

        @OptionGroup var centre: CentreChoice
        @OptionGroup var rule: SlotRuleOptions

        func run() throws {
            let (session, centre) = try centre.open()
            print(try rule.run(session, centre: centre))
        }
    }

    struct Lien: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Donne au SAS un jeton secret pour rechercher les créneaux du centre (GET /fhir/Slot).",
            discussion:
                "Le jeton n'est affiché qu'une fois ; un nouveau jeton révoque l'ancien. Le SAS l'envoie dans l'en-tête « Authorization: Bearer … » et ne lit que les créneaux des semaines publiées, tels que le dernier « planning creneaux » les a exportés."
        )

        @OptionGroup var centre: CentreChoice

        func run() throws {
            let (session, centre) = try centre.open()
            let token = try SASAccess(session).create(centre: centre)
            SASAccess.createdLines(token: token, centre: centre).forEach { print($0) }
        }
    }

    struct Revoquer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Révoque le jeton du SAS d'un centre : ses recherches de créneaux sont refusées (401).")

        @OptionGroup var centre: CentreChoice

        func run() throws {
            let (session, centre) = try centre.open()
            print(SASAccess.revokedText(try SASAccess(session).revoke(centre: centre), centre: centre))
        }
    }
}
