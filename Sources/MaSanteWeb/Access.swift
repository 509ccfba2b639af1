import MaSanteStore

extension WebContext {
    /// The signed-in person, if their role is one of `roles`. Not signed in: to the sign-in
    /// page. Another role: « introuvable » (404), so that the URL does not confirm the page.
    func require(_ roles: UserRole...) throws(PageError) -> SignedInPerson {
        guard let person else { throw .signInRequired }
        guard roles.contains(person.role) else { throw .notFound }
        return person
    }
}
