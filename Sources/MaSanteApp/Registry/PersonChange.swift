import MaSanteStore

extension Session {
    /// Finds the person `reference` names (an RPPS, `n°12` or `NOM Prénom`) and applies `change`
    /// to them in one transaction: the person changed, or nothing written when either refuses.
    func changing<T>(person reference: String, _ change: (PersonReference) throws -> T) throws -> (PersonReference, T) {
        try transaction {
            let person = try PeopleQueries(self).find(reference)
            return (person, try change(person))
        }
    }
}
