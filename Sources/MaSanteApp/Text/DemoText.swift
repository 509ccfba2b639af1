import MaSante
public import MaSanteStore

extension LoadDemo.Outcome {
    /// What `masante demo` did and what the demo holds, in French.
    public var french: String {
        var lines: [String] = []
        if migrationsApplied > 0 { lines.append("\(migrationsApplied) migration(s) appliquée(s).") }
        lines.append(network.french)
        if planning.weeks > 0 {
            lines.append(
                "  plannings : \(planning.weeks) semaine(s) de centre planifiée(s) (\(weeks[0]) à \(weeks[2])), \(planning.shifts) services, \(planning.published) publiée(s)"
                    + (planning.drafts.isEmpty
                        ? ""
                        : " ; restées en brouillon faute de personnel suffisant (voir « masante planning verifier ») : \(planning.drafts.count)")
            )
        }
        return lines.joined(separator: "\n")
    }
}

extension DemoSummary {
    /// What the demo holds and whether this load wrote anything, in French.
    public var french: String {
        func n(_ value: Int) -> String { FrenchNumber.format(Double(value)) }
        let pipeline = centres - openCentres
        var lines = [
            "Réseau de démonstration (personnes fictives) :",
            "  centres : \(n(centres)) (\(n(openCentres)) ouverts, \(n(pipeline)) en projet), \(n(sites)) sites dont \(n(sites - centres)) antennes",
            "  personnes : \(n(people)) (\(n(healthProfessionals)) professionnels de santé recrutés, \(n(secretaries)) secrétaires, \(n(candidates)) candidats)",
            "  contrats : \(n(contracts)), \(n(amendments)) avenants, \(n(departures)) départs enregistrés, \(n(rehires)) réembauche(s)",
            "  mois d'activité : \(n(activityMonths)) (centre × mois, juillet 2022 → octobre 2026) : \(n(consultations)) consultations, \(n(newReferringPatients)) nouveaux patients médecin traitant",
        ]
        if changedAnything {
            lines.append(
                "Chargé : centres \(centreImport.created) créé(s), \(centreImport.updated) mis à jour ; personnel \(peopleImport.created) créé(s), \(peopleImport.updated) mis à jour ; \(n(otherChanges)) autre(s) ligne(s) écrite(s)."
            )
        } else {
            lines.append("Déjà chargé : rien n'a changé.")
        }
        return lines.joined(separator: "\n")
    }
}
