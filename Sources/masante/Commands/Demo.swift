import ArgumentParser
import Foundation
import MaSante
import MaSanteApp
import MaSanteStore

/// `masante demo`: the demonstration network, loaded into the base (migrated first if needed).
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Charge le réseau de démonstration (personnes fictives), sans doublon si relancé.",
        discussion: """
            26 centres ouverts et 3 en projet, 133 professionnels de santé recrutés depuis juillet 2022 \
            et leurs secrétaires, l'activité mensuelle jusqu'à octobre 2026. Les noms et numéros RPPS \
            sont inventés. Relancer la commande ne change rien. Elle refuse une base qui contient d'autres \
            données (une base réelle) : chargez-la dans une base à part.
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let outcome = try LoadDemo(try global.connect(administration: true)).run(today: CalendarDate.today())
        if outcome.migrationsApplied > 0 { print("\(outcome.migrationsApplied) migration(s) appliquée(s).") }
        print(outcome.network.french)
        let planning = outcome.planning
        if planning.weeks > 0 {
            print("  plannings : \(planning.weeks) semaine(s) de centre planifiée(s) (\(outcome.weeks[0]) à \(outcome.weeks[2])), \(planning.shifts) services, \(planning.published) publiée(s)"
                  + (planning.drafts.isEmpty ? "" : " ; restées en brouillon faute de personnel suffisant (voir « masante planning verifier ») : \(planning.drafts.count)"))
        }
    }
}

extension DemoSummary {
    /// What the demo holds and whether this load wrote anything, in French.
    var french: String {
        func n(_ value: Int) -> String { FrenchNumber.format(Double(value)) }
        let pipeline = centres - openCentres
        var lines = [
            "Réseau de démonstration (personnes fictives) :",
            "  centres : \(n(centres)) (\(n(openCentres)) ouverts, \(n(pipeline)) en projet), \(n(sites)) sites dont \(n(sites - centres)) antennes",
            "  personnes : \(n(people)) (\(n(healthProfessionals)) professionnels de santé recrutés, \(n(secretaries)) secrétaires, \(n(candidates)) candidats)",
            "  contrats : \(n(contracts)), \(n(departures)) départs enregistrés",
            "  mois d'activité : \(n(activityMonths)) (centre × mois, juillet 2022 → octobre 2026) : \(n(consultations)) consultations, \(n(newReferringPatients)) nouveaux patients médecin traitant",
        ]
        if changedAnything {
            lines.append("Chargé : centres \(centreImport.created) créé(s), \(centreImport.updated) mis à jour ; personnel \(peopleImport.created) créé(s), \(peopleImport.updated) mis à jour ; \(n(otherChanges)) autre(s) ligne(s) écrite(s).")
        } else {
            lines.append("Déjà chargé : rien n'a changé.")
        }
        return lines.joined(separator: "\n")
    }
}
