import MaSanteTerminal

extension Planning {
    struct Copier: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Planifie une semaine à partir d'une autre semaine ou d'un modèle du centre.",
            discussion:
                "Mêmes personnes, mêmes jours, mêmes heures. Les absences ne sont pas recopiées ; une personne absente, plus affectée au centre ou déjà planifiée ailleurs à ce moment est laissée de côté, et la commande le dit."
        )

        @OptionGroup var centre: CentreChoice
        @OptionGroup var copy: CopyOptions

        func run() throws {
            let (session, centre) = try centre.open()
            try copy.copy(session, centre: centre).forEach { print($0) }
        }
    }

    struct Modele: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Modèles de semaine d'un centre : enregistrer une semaine comme modèle, lister les modèles.",
            subcommands: [Enregistrer.self, Liste.self])

        struct Enregistrer: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Enregistre les services d'une semaine (hors absences) comme modèle, sous un nom.")

            @OptionGroup var which: WeekOptions
            @OptionGroup var naming: TemplateNameOption

            func run() throws {
                let week = which.week()
                let (session, centre) = try which.open()
                let count = try WeekTemplates(session).save(centre: centre, week: week, name: naming.nom)
                print(WeekTemplates.Template.saved(naming.name, centre: centre.name, shifts: count, week: week))
            }
        }

        struct Liste: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Liste les modèles de semaine d'un centre.")

            @OptionGroup var centre: CentreChoice

            func run() throws {
                let (session, centre) = try centre.open()
                let templates = try WeekTemplates(session).list(centre: centre)
                WeekTemplates.Template.lines(templates, centre: centre.name).forEach { print($0) }
            }
        }
    }
}
