import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

extension Planning.Proposer {
    /// `--centres A,B` or `--reseau`: one proposal for several centres' week (``ProposeNetwork``),
    /// printed centre by centre, saved in one transaction unless `--apercu`.
    func runNetwork(week: ISOWeek) throws {
        try network.check(alone: replan.isEmpty && which.centre == nil)
        let session = try global.connect()
        let propose = ProposeNetwork(session)
        let chosen = try network.chosen(propose)
        let proposal = try propose.run(
            ProposeNetwork.Request(
                centres: chosen, week: week, seconds: min(600, secondes * Double(chosen.count)), seed: graine,
                skipPublished: network.reseau))
        print(NetworkProposalText.proposal(proposal, seed: graine))
        if apercu {
            print(ProposeWeek.previewNotice)
        } else if let saved = try propose.accept(proposal) {
            print(saved.french)
        }
    }
}
