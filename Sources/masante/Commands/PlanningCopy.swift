import ArgumentParser
import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import MaSanteTerminal

extension Planning {
    struct Copier: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Planifie une semaine à partir d'une autre semaine ou d'un modèle du centre.",
            discussion:
                "Mêmes personnes, mêmes jours, mêmes heures. Les absences ne sont pas recopiées ; une personne absente, plus affectée au centre ou déjà planifiée ailleurs à ce moment est laissée de côté, et la commande le dit."
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?
        @Option(
            help:
                "Semaine source (2026-W48, une date de la semaine, « courante »…) ou nom d'un modèle (« planning modele enregistrer »)."
        ) var de: String
        @Option(help: ArgumentHelp("Semaine à planifier. " + weekOptionHelp + ".")) var vers: ISOWeek
        @Flag(help: "Remplacer les services déjà saisis dans la semaine cible.") var remplacer = false
        @Option(help: "Motif, si la semaine cible est déjà publiée.") var motif: String?

        func validate() throws {
            try OptionRefusal.checking { try typedOption("motif", motif, as: .freeText) }
        }

        func run() throws {
            let target = vers
            let source = CopySource.parse(de, today: CalendarDate.today())
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: centre)
            let outcome = try CopyWeek(session).run(
                centre: centre, from: source, to: target, replace: remplacer, reason: motif)
            outcome.lines(from: source, to: target).forEach { print($0) }
        }
    }

    struct Modele: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Modèles de semaine d'un centre : enregistrer une semaine comme modèle, lister les modèles.",
            subcommands: [Enregistrer.self, Liste.self])

        struct Enregistrer: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Enregistre les services d'une semaine (hors absences) comme modèle, sous un nom.")

            @OptionGroup var global: GlobalOptions
            @OptionGroup var which: WeekOptions
            @OptionGroup var naming: TemplateNameOption

            func run() throws {
                let week = which.week()
                let session = try global.connect()
                let centre = try MyCentres(session).centre(option: which.centre)
                let count = try WeekTemplates(session).save(centre: centre, week: week, name: naming.nom)
                print(WeekTemplates.Template.saved(naming.name, centre: centre.name, shifts: count, week: week))
            }
        }

        struct Liste: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Liste les modèles de semaine d'un centre.")

            @OptionGroup var global: GlobalOptions
            @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?

            func run() throws {
                let session = try global.connect()
                let centre = try MyCentres(session).centre(option: centre)
                let templates = try WeekTemplates(session).list(centre: centre)
                WeekTemplates.Template.lines(templates, centre: centre.name).forEach { print($0) }
            }
        }
    }
}
