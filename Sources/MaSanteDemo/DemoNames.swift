import Rostering

/// Draws fictional names, never the same person twice.
struct DemoNames {
    private var used = Set<String>()

    mutating func draw(woman: Bool, random: inout SplitMix) -> (last: String, first: String) {
        while true {
            let last = random.pick(Self.surnames).uppercased()
            let first = random.pick(woman ? Self.women : Self.men)
            if used.insert("\(last) \(first)").inserted { return (last, first) }
        }
    }

    static let women = [
        "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine", "Valérie", "Christine", "Céline",
        "Stéphanie",
        "Sophie", "Aurélie", "Julie", "Émilie", "Laure", "Camille", "Claire", "Anne", "Élodie", "Caroline", "Virginie",
        "Delphine", "Hélène", "Audrey", "Mélanie", "Laetitia", "Marion", "Pauline", "Charlotte", "Lucie", "Manon",
        "Sarah",
        "Léa", "Clara", "Mathilde", "Élise", "Agnès", "Florence", "Cécile", "Anaïs", "Justine", "Amandine", "Chloé",
        "Inès",
        "Margaux", "Océane", "Jeanne", "Louise", "Maëlle", "Noémie", "Nadia", "Yasmine", "Amina", "Fanny", "Morgane",
    ]

    static let men = [
        "Jean", "Philippe", "Pierre", "Nicolas", "Christophe", "Laurent", "Frédéric", "Stéphane", "Sébastien", "Julien",
        "David", "Olivier", "Thomas", "Guillaume", "Antoine", "Mathieu", "Maxime", "Alexandre", "Vincent", "François",
        "Romain", "Jérôme", "Benoît", "Fabien", "Cédric", "Damien", "Arnaud", "Hugo", "Lucas", "Louis", "Paul",
        "Clément",
        "Baptiste", "Adrien", "Quentin", "Florian", "Kévin", "Yann", "Thibault", "Rémi", "Étienne", "Xavier", "Bruno",
        "Marc", "Éric", "Alain", "Gilles", "Mehdi", "Karim", "Samir",
    ]

    static let surnames = [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon",
        "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont",
        "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer",
        "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin",
        "Nicolas", "Henry", "Roussel", "Mathieu", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Lemaire", "Noël",
        "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard",
        "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Roy", "Colin", "Vidal", "Caron", "Picard",
        "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois",
        "Benoît", "Rey", "Leclerc", "Rolland", "Guillaume", "Lopez", "Dupuy", "Hubert", "Berger", "Sanchez", "Dupuis",
        "Moulin", "Deschamps", "Perez", "Fleury", "Marty", "Aubry", "Charpentier", "Baron", "Bertin", "Hervé",
        "Fernandez", "Julien", "Prévost", "Millet", "Germain", "Besson", "Rémy", "Pelletier", "Perrier", "Lebrun",
        "Mallet", "Jacob", "Michaud", "Rodriguez", "Gillet", "Tessier", "Chauvin", "Bouchet", "Reynaud", "Barthélemy",
        "Cordier", "Lamy", "Laporte", "Bousquet", "Couderc", "Delpech", "Puech", "Soulié", "Cazals", "Vergnes",
        "Bonnafous", "Castan", "Calvet", "Granier", "Teisseire", "Pujol", "Ribes", "Salvat", "Sabatier", "Estève",
    ]
}
