import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

extension Planning.Proposer {
    /// `--centres A,B` or `--reseau`: one proposal for several centres' week (``ProposeNetwork``),
    /// printed centre by centre, saved in one transaction unless `--apercu`.
    func runNetwork(week: ISOWeek) throws {
        guard absence == nil, typeAbsence == nil, du == nil, au == nil, motif == nil, which.centre == nil else {
            throw UserFailure(
                "Erreur : options --centres et --reseau : sans --centre, --absence, --type-absence, --du, --au ni --motif (une absence se replanifie centre par centre).",
                kind: .usage)
        }
        guard !(reseau && centres != nil) else {
            throw UserFailure("Erreur : options --centres et --reseau : l'une ou l'autre.", kind: .usage)
        }
        let session = try global.connect()
        let propose = ProposeNetwork(session)
        let chosen = try centres.map { try propose.centres(named: $0) } ?? propose.networkCentres()
        let proposal = try propose.run(
            ProposeNetwork.Request(
                centres: chosen, week: week, seconds: min(600, secondes * Double(chosen.count)), seed: graine,
                skipPublished: reseau))
        print(NetworkProposalText.proposal(proposal, seed: graine))
        if apercu {
            print("Aperçu : rien n'a été enregistré.")
        } else if let saved = try propose.accept(proposal) {
            let versions = saved.edit.weeks.map { "\($0.centreName) version \($0.version)" }
            print(
                "Enregistré dans les semaines en brouillon de \(saved.edit.weeks.count) centre(s), en une fois (\(versions.joined(separator: ", ")))."
            )
        }
    }
}
