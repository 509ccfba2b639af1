import Testing

/// The whole `--help` of the main commands, as a user reads it at 80 columns, compared line for
/// line as swift-argument-parser's own example tests do: a changed option, default, list of
/// values or French word shows here first.
@Suite struct HelpTextTests {
    /// The help printed for `command`, without the line break that ends it.
    static func help(_ command: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try runMasante(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty, "\(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout.hasSuffix("\n") ? String(result.stdout.dropLast()) : result.stdout
    }

    @Test func theRootCommand() throws {
        #expect(
            try Self.help([]) == #"""
                DESCRIPTION : Administration du réseau « Ma santé, Ma Région » : base, centres,
                personnel, plannings, rapports.

                UTILISATION : masante <sous-commande>

                OPTIONS :
                  -h, --help              Affiche l'aide.

                SOUS-COMMANDES :
                  base                    Schéma de la base : appliquer les migrations, voir
                                          l'état.
                  centres                 Centres de santé : importer, ajouter, lister,
                                          modifier.
                  territoires             Communes, zone de montagne et zonage de l'ARS (ZIP,
                                          ZAC, hors zonage), daté.
                  postes                  Postes des centres : objectif d'effectif par
                                          profession (ETP, daté) et postes vacants.
                  personnel               Personnel : importer, ajouter, lister, affecter,
                                          muter, avenants, départ, absence longue, échéances.
                  recrutement             Recrutement : candidats et étapes (candidat →
                                          entretien → promesse → embauche → en_poste → parti,
                                          ou abandon).
                  accueil                 Accueil des recrues : liste d'accueil de chacun
                                          (démarches, installation, premier jour), modèles.
                  planning                Planning hebdomadaire des centres : saisir, vérifier,
                                          publier, exporter.
                  activite                Activité mensuelle des centres (agrégats, sans donnée
                                          de patient).
                  rapport                 Rapports de la Région.
                  objectif                Affiche ou modifie l'objectif de recrutement et son
                                          échéance (ex. --cible 200 --echeance 2028-03-31).
                  utilisateur             Comptes de connexion : ajouter, lister, retirer
                                          (réservé aux administrateurs).
                  audit                   Journal d'audit : qui a modifié quoi et quand
                                          (réservé aux administrateurs).
                  demo                    Charge le réseau de démonstration (personnes
                                          fictives), sans doublon si relancé.
                  serveur                 Application web (connexion de chacun sous son propre
                                          rôle PostgreSQL) et son compte de serveur.
                  agenda                  Liens d'abonnement aux agendas (.ics) d'une personne
                                          ou d'un centre : créer, révoquer (RH, responsable du
                                          centre).

                  Voir « masante help <sous-commande> » pour l'aide détaillée.
                """#)
    }

    @Test func planning() throws {
        #expect(
            try Self.help(["planning"]) == #"""
                DESCRIPTION : Planning hebdomadaire des centres : saisir, vérifier, publier,
                exporter.

                UTILISATION : masante planning <sous-commande>

                OPTIONS :
                  -h, --help              Affiche l'aide.

                SOUS-COMMANDES :
                  ajouter                 Ajoute un service au planning d'un centre.
                  supprimer               Supprime un service (par son identifiant, ou par
                                          centre, personne, jour et début).
                  deplacer                Déplace un service : autre jour, autres heures ou
                                          autre personne, en un seul changement.
                  importer                Importe un fichier de planning (tout ou rien).
                  semaine                 Affiche le planning d'un centre pour une semaine
                                          (grille par personne et par jour, avec les constats).
                  verifier                Vérifie la semaine d'un centre : durées du travail,
                                          repos, contrats, couverture, ouverture.
                  copier                  Planifie une semaine à partir d'une autre semaine ou
                                          d'un modèle du centre.
                  modele                  Modèles de semaine d'un centre : enregistrer une
                                          semaine comme modèle, lister les modèles.
                  publier                 Publie la semaine d'un centre : refusé tant qu'un
                                          constat est bloquant ; une semaine publiée est
                                          verrouillée.
                  historique              Montre la publication d'une semaine et chaque
                                          changement fait ensuite : qui, quand, motif, le
                                          service avant et après.
                  exporter                Exporte au format iCalendar (.ics) les services d'une
                                          personne ou d'un centre, pour un agenda.
                  regles                  Montre ou règle les règles de contrôle d'un centre
                                          (activer, désactiver, gravité, limites).
                  besoins                 Besoins de couverture d'un centre (pour « planning
                                          proposer ») : importer, lister.
                  preferences             Préférences du personnel, lues par « planning
                                          proposer ».
                  proposer                Propose la semaine d'un centre : remplit ses besoins
                                          avec le personnel affecté, sans enfreindre de règle
                                          bloquante.
                  expliquer               Détaille le score d'une semaine, faite à la main ou
                                          proposée : couverture des besoins, écart aux heures
                                          des contrats, et les besoins non couverts avec leurs
                                          raisons.
                  suggerer                Propose qui peut prendre un créneau, classé, avec les
                                          raisons (rien n'est enregistré).
                  creneaux                Créneaux de consultation et de soins non programmés
                                          d'une semaine, pour l'agenda et le SAS.

                  Voir « masante help planning <sous-commande> » pour l'aide détaillée.
                """#)
    }

    @Test func planningProposer() throws {
        #expect(
            try Self.help(["planning", "proposer"]) == #"""
                DESCRIPTION : Propose la semaine d'un centre : remplit ses besoins avec le
                personnel affecté, sans enfreindre de règle bloquante.

                Les services déjà planifiés (et les absences) restent tels quels ; la
                proposition s'ajoute à la semaine en brouillon (jamais à une semaine publiée).
                Affiche le score par contrainte et les besoins non couverts, avec pour chacun
                ce qui empêche chaque personne de le prendre. Besoins : « planning besoins »,
                sinon déduits des horaires d'ouverture.

                UTILISATION : masante planning proposer <options>

                OPTIONS :
                  --base <CONNINFO>       Connexion PostgreSQL (chaîne libpq ou URI
                                          postgresql://). Par défaut : MASANTE_BASE, sinon les
                                          variables PG*.
                  --centre <centre>       Le centre : son nom, ou une partie qui le distingue
                                          (--centre millas). Inutile si votre compte dirige un
                                          seul centre.
                  --semaine <semaine>     La semaine : 2026-W50, une date de la semaine
                                          (07/12/2026), « courante » ou « prochaine » ; la
                                          semaine en cours par défaut.
                  --secondes <secondes>   Temps de recherche maximal, en secondes. (par défaut :
                                          3.0)
                  --graine <graine>       Graine du tirage aléatoire (même graine, même
                                          proposition, tant que la recherche finit avant
                                          --secondes). (par défaut : 1)
                  --apercu                Affiche la proposition sans l'enregistrer (la même
                                          que la commande enregistrerait).
                  --absence <absence>     Une absence à replanifier : la personne (RPPS ou «
                                          NOM Prénom ») dont les services de ces jours
                                          deviennent une absence.
                  --type-absence <type-absence>
                                          Type de l'absence, obligatoire avec --absence.
                                          (valeurs : conge, maladie, formation)
                  --du <du>               Premier jour de l'absence (dans la semaine).
                  --au <au>               Dernier jour de l'absence (le premier par défaut).
                  --motif <motif>         Motif, obligatoire pour replanifier une absence dans
                                          une semaine publiée (inscrit dans son historique).
                  --centres <centres>     Plusieurs centres planifiés ensemble (noms ou parties
                                          de noms séparés par des virgules) : qui travaille
                                          dans plusieurs d'entre eux y est planifié une seule
                                          fois, 48 h, repos et trajets compris (--secondes
                                          compte alors par centre).
                  --reseau                Tous les centres ouverts ensemble (administrateur,
                                          RH).
                  -h, --help              Affiche l'aide.

                """#)
    }

    @Test func planningRegles() throws {
        #expect(
            try Self.help(["planning", "regles"]) == #"""
                DESCRIPTION : Montre ou règle les règles de contrôle d'un centre (activer,
                désactiver, gravité, limites).

                Règles : duree_quotidienne, amplitude_journee, duree_hebdomadaire,
                moyenne_12_semaines, repos_quotidien, repos_hebdomadaire, jours_travailles,
                pause_6_heures, interruption_temps_partiel, heures_contrat, dans_le_contrat,
                dans_l_affectation, hors_absence_longue, part_du_centre, pendant_l_ouverture,
                presence_medecin_secretaire, soins_non_programmes_chaque_jour,
                visites_domicile_chaque_semaine, amplitude_ouverture, chevauchement (les
                anciens codes, comme doctorAndSecretaryPresent, restent acceptés). Limites :
                duree_quotidienne_max, amplitude_max, duree_hebdo_max, moyenne_hebdo_max,
                semaines_moyenne, repos_quotidien, repos_hebdo, jours_travailles_max,
                travail_avant_pause, pause_min, interruptions_max, interruption_max,
                tolerance_contrat, trajet_entre_communes. Une personne qui travaille dans
                plusieurs centres reste soumise aux réglages les plus stricts de ces centres.

                UTILISATION : masante planning regles [--base <CONNINFO>] [--centre <centre>] [--activer <activer> ...] [--desactiver <desactiver> ...] [--gravite <gravite> ...] [--limite <limite> ...]

                OPTIONS :
                  --base <CONNINFO>       Connexion PostgreSQL (chaîne libpq ou URI
                                          postgresql://). Par défaut : MASANTE_BASE, sinon les
                                          variables PG*.
                  --centre <centre>       Le centre : son nom, ou une partie qui le distingue
                                          (--centre millas). Inutile si votre compte dirige un
                                          seul centre.
                  --activer <activer>     Règle à activer.
                        duree_quotidienne - Durée quotidienne maximale
                        amplitude_journee - Amplitude de la journée de travail
                        duree_hebdomadaire
                                          - Durée hebdomadaire maximale
                        moyenne_12_semaines
                                          - Moyenne sur 12 semaines
                        repos_quotidien   - Repos quotidien
                        repos_hebdomadaire
                                          - Repos hebdomadaire
                        jours_travailles  - Jours travaillés par semaine
                        pause_6_heures    - Pause après 6 h
                        interruption_temps_partiel
                                          - Interruption à temps partiel
                        heures_contrat    - Heures du contrat
                        dans_le_contrat   - Service dans le contrat
                        dans_l_affectation
                                          - Service dans l'affectation
                        hors_absence_longue
                                          - Service hors absence longue
                        part_du_centre    - Part du centre (quotité)
                        pendant_l_ouverture
                                          - Consultations pendant l'ouverture
                        presence_medecin_secretaire
                                          - Médecin et secrétaire présents
                        soins_non_programmes_chaque_jour
                                          - Soins non programmés chaque jour d'ouverture
                        visites_domicile_chaque_semaine
                                          - Visites à domicile chaque semaine
                        amplitude_ouverture
                                          - Amplitude d'ouverture
                        chevauchement     - Chevauchement
                  --desactiver <desactiver>
                                          Règle à désactiver.
                        duree_quotidienne - Durée quotidienne maximale
                        amplitude_journee - Amplitude de la journée de travail
                        duree_hebdomadaire
                                          - Durée hebdomadaire maximale
                        moyenne_12_semaines
                                          - Moyenne sur 12 semaines
                        repos_quotidien   - Repos quotidien
                        repos_hebdomadaire
                                          - Repos hebdomadaire
                        jours_travailles  - Jours travaillés par semaine
                        pause_6_heures    - Pause après 6 h
                        interruption_temps_partiel
                                          - Interruption à temps partiel
                        heures_contrat    - Heures du contrat
                        dans_le_contrat   - Service dans le contrat
                        dans_l_affectation
                                          - Service dans l'affectation
                        hors_absence_longue
                                          - Service hors absence longue
                        part_du_centre    - Part du centre (quotité)
                        pendant_l_ouverture
                                          - Consultations pendant l'ouverture
                        presence_medecin_secretaire
                                          - Médecin et secrétaire présents
                        soins_non_programmes_chaque_jour
                                          - Soins non programmés chaque jour d'ouverture
                        visites_domicile_chaque_semaine
                                          - Visites à domicile chaque semaine
                        amplitude_ouverture
                                          - Amplitude d'ouverture
                        chevauchement     - Chevauchement
                  --gravite <gravite>     Gravité d'une règle : regle=bloquant ou
                                          regle=avertissement.
                  --limite <limite>       Limite : nom=valeur (heures, minutes pour pause_min,
                                          nombre), ou nom=defaut.
                  -h, --help              Affiche l'aide.

                """#)
    }

    @Test func personnelAjouter() throws {
        #expect(
            try Self.help(["personnel", "ajouter"]) == #"""
                DESCRIPTION : Enregistre une personne embauchée, avec son contrat et son centre.

                UTILISATION : masante personnel ajouter [--base <CONNINFO>] --nom <nom> --prenom <prenom> --profession <profession> [--specialite <specialite>] [--rpps <rpps>] --centre <centre> --date-embauche <date-embauche> [--heures-hebdo <heures-hebdo>] [--type-contrat <type-contrat>] [--date-fin <date-fin>]

                OPTIONS :
                  --base <CONNINFO>       Connexion PostgreSQL (chaîne libpq ou URI
                                          postgresql://). Par défaut : MASANTE_BASE, sinon les
                                          variables PG*.
                  --nom <nom>             Nom de famille.
                  --prenom <prenom>       Prénom.
                  --profession <profession>
                                          Profession : medecin_generaliste,
                                          medecin_specialiste, infirmier, sage_femme,
                                          secretaire_medical.
                  --specialite <specialite>
                                          Spécialité (médecins spécialistes).
                  --rpps <rpps>           Numéro RPPS (11 chiffres ; aucun pour les
                                          secrétaires).
                  --centre <centre>       Nom du centre d'affectation.
                  --date-embauche <date-embauche>
                                          Date d'embauche, début du contrat.
                  --heures-hebdo <heures-hebdo>
                                          Heures hebdomadaires (35 par défaut, ex. 17,5).
                  --type-contrat <type-contrat>
                                          CDI (par défaut) ou CDD.
                  --date-fin <date-fin>   Fin du contrat (obligatoire pour un CDD).
                  -h, --help              Affiche l'aide.

                """#)
    }

    @Test func rapportProgression() throws {
        #expect(
            try Self.help(["rapport", "progression"]) == #"""
                DESCRIPTION : Rapport d'avancement vers l'objectif de recrutement (texte, csv, json
                ou html imprimable).

                UTILISATION : masante rapport progression [--base <CONNINFO>] [--au <au>] [--format <format>] [--sortie <fichier>] [--remplacer]

                OPTIONS :
                  --base <CONNINFO>       Connexion PostgreSQL (chaîne libpq ou URI
                                          postgresql://). Par défaut : MASANTE_BASE, sinon les
                                          variables PG*.
                  --au <au>               Date du rapport (AAAA-MM-JJ ou JJ/MM/AAAA) ;
                                          aujourd'hui par défaut. Rien de postérieur n'est
                                          compté.
                  --format <format>       Format de sortie. (valeurs : texte, csv, json, html ;
                                          par défaut : texte)
                  --sortie <fichier>      Écrire dans ce fichier plutôt qu'à l'écran (jamais à
                                          travers un lien symbolique).
                  --remplacer             Écraser le fichier de --sortie s'il existe déjà
                                          (refusé sinon).
                  -h, --help              Affiche l'aide.

                """#)
    }

    @Test func accueil() throws {
        #expect(
            try Self.help(["accueil"]) == #"""
                DESCRIPTION : Accueil des recrues : liste d'accueil de chacun (démarches,
                installation, premier jour), modèles.

                L'embauche (personnel ajouter, recrutement etape --etape embauche) ouvre la
                liste d'accueil de la recrue, copiée du modèle de sa profession ; « accueil
                ouvrir » l'ouvre pour une personne embauchée avant ou importée. Chaque élément
                a un intervenant (RH, responsable du centre, commune partenaire), une échéance
                comptée depuis l'embauche, un statut et une note.

                UTILISATION : masante accueil <sous-commande>

                OPTIONS :
                  -h, --help              Affiche l'aide.

                SOUS-COMMANDES :
                  modele                  Modèles de liste d'accueil, un par profession :
                                          lister, ajouter ou modifier, retirer.
                  ouvrir                  Ouvre la liste d'accueil d'une personne embauchée
                                          avant (ou importée), depuis son modèle.
                  voir                    Affiche la liste d'accueil d'une personne, ses
                                          éléments numérotés et leur statut.
                  cocher                  Coche un élément de la liste d'accueil d'une personne
                                          (fait, sans objet, ou de nouveau à faire).
                  liste                   Liste les accueils en cours (ou en retard) : où en
                                          est chaque recrue, le prochain élément.

                  Voir « masante help accueil <sous-commande> » pour l'aide détaillée.
                """#)
    }

    @Test func accueilCocher() throws {
        #expect(
            try Self.help(["accueil", "cocher"]) == #"""
                DESCRIPTION : Coche un élément de la liste d'accueil d'une personne (fait, sans
                objet, ou de nouveau à faire).

                Un responsable de centre coche, pour le personnel de ses centres, les éléments
                dont il est l'intervenant (responsable) ; les RH cochent tous les éléments.

                UTILISATION : masante accueil cocher [--base <CONNINFO>] --personne <personne> --element <element> [--statut <statut>] [--le <le>] [--note <note>]

                OPTIONS :
                  --base <CONNINFO>       Connexion PostgreSQL (chaîne libpq ou URI
                                          postgresql://). Par défaut : MASANTE_BASE, sinon les
                                          variables PG*.
                  --personne <personne>   La personne : RPPS, numéro (n°12) ou « NOM Prénom ».
                  --element <element>     L'élément : son numéro (accueil voir) ou une partie
                                          de son libellé qui le distingue.
                  --statut <statut>       Nouveau statut. (valeurs : a_faire, fait, sans_objet ;
                                          par défaut : fait)
                  --le <le>               Jour où c'est fait (aujourd'hui par défaut).
                  --note <note>           Note (remplace la précédente).
                  -h, --help              Affiche l'aide.

                """#)
    }

    @Test func accueilModeleAjouter() throws {
        #expect(
            try Self.help(["accueil", "modele", "ajouter"]) == #"""
                DESCRIPTION : Ajoute un élément au modèle (ou modifie celui du même libellé).

                Sans --profession, l'élément va dans le modèle de chaque profession. Les listes
                déjà ouvertes ne changent pas : seules les suivantes reçoivent l'élément.

                UTILISATION : masante accueil modele ajouter [--base <CONNINFO>] --libelle <libelle> --groupe <groupe> --qui <qui> --delai <delai> [--profession <profession> ...]

                OPTIONS :
                  --base <CONNINFO>       Connexion PostgreSQL (chaîne libpq ou URI
                                          postgresql://). Par défaut : MASANTE_BASE, sinon les
                                          variables PG*.
                  --libelle <libelle>     Libellé de l'élément (120 caractères au plus).
                  --groupe <groupe>       Groupe de l'élément. (valeurs : administratif,
                                          installation, premier_jour)
                  --qui <qui>             Qui s'en charge. (valeurs : rh, responsable, commune)
                  --delai <delai>         Échéance en jours depuis l'embauche, de -90 à 365
                                          (30, J+30 ; -15 : avant l'arrivée).
                  --profession <profession>
                                          Profession dont le modèle reçoit l'élément (à répéter
                                          ; toutes par défaut). (valeurs : medecin_generaliste,
                                          medecin_specialiste, infirmier, sage_femme,
                                          secretaire_medical)
                  -h, --help              Affiche l'aide.

                """#)
    }
}
