<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Partenariat :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Date de début :</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Date de fin :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>&amp;Objectives and skills</source>
        <translation>&amp;Objectifs et compétences</translation>
    </message>
    <message>
        <source>Roadmap objectives:</source>
        <translation>Objectifs de la feuille de route :</translation>
    </message>
    <message>
        <source>e.g. ICT, health</source>
        <translation>p. ex. TIC, santé</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Secteurs :</translation>
    </message>
    <message>
        <source>Skill levels:</source>
        <translation>Niveaux de qualification :</translation>
    </message>
    <message>
        <source>&amp;Partners and funding</source>
        <translation>&amp;Partenaires et financement</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>&amp;Ajouter une organisation</translation>
    </message>
    <message>
        <source>Re&amp;move organisation</source>
        <translation>Re&amp;tirer l&apos;organisation</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organisations :</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Add funding &amp;line</source>
        <translation>Ajouter une &amp;ligne de financement</translation>
    </message>
    <message>
        <source>Remove f&amp;unding line</source>
        <translation>Retirer la ligne de f&amp;inancement</translation>
    </message>
    <message>
        <source>Funding:</source>
        <translation>Financement :</translation>
    </message>
    <message>
        <source>Total funding</source>
        <translation>Financement total</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>How many people the activity means to reach; — for no target</source>
        <translation>Nombre de personnes que l&apos;activité vise à atteindre ; — si aucune cible</translation>
    </message>
    <message>
        <source>Target beneficiaries:</source>
        <translation>Bénéficiaires visés :</translation>
    </message>
    <message>
        <source>Who they are, e.g. young ICT graduates</source>
        <translation>Qui ils sont, p. ex. jeunes diplômés en TIC</translation>
    </message>
    <message>
        <source>Beneficiaries:</source>
        <translation>Bénéficiaires :</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Add &amp;indicator</source>
        <translation>Ajouter un &amp;indicateur</translation>
    </message>
    <message>
        <source>Remove in&amp;dicator</source>
        <translation>Retirer l&apos;in&amp;dicateur</translation>
    </message>
    <message>
        <source>Indicators:</source>
        <translation>Indicateurs :</translation>
    </message>
    <message>
        <source>Progress notes:</source>
        <translation>Notes d&apos;avancement :</translation>
    </message>
    <message>
        <source>Activity sections</source>
        <translation>Sections de l&apos;activité</translation>
    </message>
    <message>
        <source>(objective no longer in a roadmap)</source>
        <translation>(objectif qui ne figure plus dans une feuille de route)</translation>
    </message>
    <message>
        <source>Participating organisation</source>
        <translation>Organisation participante</translation>
    </message>
    <message>
        <source>(deleted organisation)</source>
        <translation>(organisation supprimée)</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Montant en euros</translation>
    </message>
    <message>
        <source>Funding stage</source>
        <translation>Stade du financement</translation>
    </message>
</context>
<context>
    <name>ActivityCategory</name>
    <message>
        <source>Capacity building</source>
        <translation>Renforcement des capacités</translation>
    </message>
    <message>
        <source>Skills development</source>
        <translation>Développement des compétences</translation>
    </message>
    <message>
        <source>Facilitating mobility</source>
        <translation>Facilitation de la mobilité</translation>
    </message>
    <message>
        <source>Integration in the destination country</source>
        <translation>Intégration dans le pays de destination</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>Réintégration</translation>
    </message>
    <message>
        <source>Migration management cooperation</source>
        <translation>Coopération en matière de gestion des migrations</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Pipeline/identification</source>
        <translation>Identification/préparation</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>(no lead)</source>
        <translation>(pas de chef de file)</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Chef de file :</translation>
    </message>
    <message>
        <source>The note on this item covers the pack&apos;s records that match each choice below (any one ticked value of each); tick nothing to cover them all.</source>
        <translation>La note sur ce point couvre les fiches du dossier qui correspondent à chacun des choix ci-dessous (l&apos;une quelconque des valeurs cochées de chacun) ; ne cochez rien pour les couvrir toutes.</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Catégories :</translation>
    </message>
    <message>
        <source>S&amp;ectors:</source>
        <translation>S&amp;ecteurs :</translation>
    </message>
    <message>
        <source>&amp;Instruments:</source>
        <translation>&amp;Instruments :</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Donnez un titre au point.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); run tpdesk in a desktop session, or use its commands (tpdesk --help)</source>
        <translation>aucun écran où ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini) ; lancez tpdesk dans une session de bureau ou utilisez ses commandes (tpdesk --help)</translation>
    </message>
    <message>
        <source>tpdesk hit an internal error, logged to {path}.</source>
        <translation>tpdesk a rencontré une erreur interne, consignée dans {path}.</translation>
    </message>
    <message>
        <source>tpdesk hit an internal error; the log file could not be written.</source>
        <translation>tpdesk a rencontré une erreur interne ; le journal n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Your saved data is safe.</source>
        <translation>Vos données enregistrées sont intactes.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>un argument au plus attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>un argument au moins attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir « %(filename)s » : %(error)s</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading} :</translation>
    </message>
</context>
<context>
    <name>Base</name>
    <message>
        <source>Has a date</source>
        <translation>A une date</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nouveau : {kind}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Modifier : {kind}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>{field}: error</source>
        <translation>{field} : erreur</translation>
    </message>
    <message>
        <source>Save your changes before closing?</source>
        <translation>Enregistrer vos modifications avant de fermer ?</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Set {field} of {records}</source>
        <translation>Définir {field} de {records}</translation>
    </message>
    <message>
        <source>Set {field} of {records}…</source>
        <translation>Définir {field} de {records}…</translation>
    </message>
    <message>
        <source>Add Tag to {records}…</source>
        <translation>Ajouter une étiquette à {records}…</translation>
    </message>
    <message>
        <source>Remove Tag from {records}</source>
        <translation>Retirer une étiquette de {records}</translation>
    </message>
    <message>
        <source>Remove tag &apos;{tag}&apos; from {records}</source>
        <translation>Retirer l&apos;étiquette « {tag} » de {records}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>Set {field} to {value} on {records}</source>
        <translation>Définir {field} sur {value} pour {records}</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Définir : {field}</translation>
    </message>
    <message>
        <source>{field} (YYYY-MM-DD, empty for none):</source>
        <translation>{field} (AAAA-MM-JJ, vide si aucune) :</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Tag for {records}:</source>
        <translation>Étiquette pour {records} :</translation>
    </message>
    <message>
        <source>Add tag &apos;{tag}&apos; to {records}</source>
        <translation>Ajouter l&apos;étiquette « {tag} » à {records}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>{title}: {total} in all. {parts}.</source>
        <translation>{title} : {total} au total. {parts}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{text} is not a date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM)</source>
        <translation>{text} n&apos;est ni une date (AAAA-MM-JJ) ni une heure (AAAA-MM-JJTHH:MM)</translation>
    </message>
    <message>
        <source>{text} is not a whole number from 0 to 1000000000</source>
        <translation>{text} n&apos;est pas un nombre entier de 0 à 1000000000</translation>
    </message>
    <message>
        <source>{text}: a marking has 1 to 60 characters</source>
        <translation>{text} : un marquage compte de 1 à 60 caractères</translation>
    </message>
    <message>
        <source>{text} is not an organisation kind ({choices})</source>
        <translation>{text} n&apos;est pas un type d&apos;organisation ({choices})</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>tpdesk: error: {message}</source>
        <translation>tpdesk : erreur : {message}</translation>
    </message>
    <message>
        <source>Prepare EU Talent Partnership roundtables offline. With no command, opens the desktop app.</source>
        <translation>Préparer hors ligne les tables rondes des partenariats destinés à attirer les talents de l&apos;UE. Sans commande, ouvre l&apos;application de bureau.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>en, fr or ar: the app&apos;s and these messages&apos; language for this run (default: the one in the preferences)</source>
        <translation>en, fr ou ar : la langue de l&apos;application et de ces messages pour cette exécution (par défaut : celle des préférences)</translation>
    </message>
    <message>
        <source>database file (default: $TPDESK_DB, else the user data folder)</source>
        <translation>fichier de la base de données (par défaut : $TPDESK_DB, sinon le dossier des données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>load the demo dataset, or N synthetic activities</source>
        <translation>charger les données de démonstration, ou N activités fictives</translation>
    </message>
    <message>
        <source>add N synthetic activities with commitments, for benchmarks</source>
        <translation>ajouter N activités fictives avec leurs engagements, pour les mesures de performance</translation>
    </message>
    <message>
        <source>list records of one kind</source>
        <translation>lister les fiches d&apos;un type</translation>
    </message>
    <message>
        <source>one of: </source>
        <translation>l&apos;un des types suivants : </translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>afficher un tableau JSON</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filtres</translation>
    </message>
    <message>
        <source>at most N records</source>
        <translation>N fiches au plus</translation>
    </message>
    <message>
        <source>full-text search across the register</source>
        <translation>recherche en texte intégral dans le registre</translation>
    </message>
    <message>
        <source>what changed since a date</source>
        <translation>ce qui a changé depuis une date</translation>
    </message>
    <message>
        <source>partner country ISO code</source>
        <translation>code ISO du pays partenaire</translation>
    </message>
    <message>
        <source>integrity and consistency report (exit 1 on problems)</source>
        <translation>rapport d&apos;intégrité et de cohérence (code de sortie 1 en cas de problème)</translation>
    </message>
    <message>
        <source>consistent online copy of the database</source>
        <translation>copie cohérente de la base de données, sans l&apos;arrêter</translation>
    </message>
    <message>
        <source>list the automatic backups (time, size, records)</source>
        <translation>lister les sauvegardes automatiques (heure, taille, fiches)</translation>
    </message>
    <message>
        <source>replace the database by a backup (checked first; the current database is backed up before)</source>
        <translation>remplacer la base de données par une sauvegarde (vérifiée d&apos;abord ; la base actuelle est sauvegardée avant)</translation>
    </message>
    <message>
        <source>encrypt the database with a passphrase ($TPDESK_PASSPHRASE_FILE)</source>
        <translation>chiffrer la base de données avec une phrase secrète ($TPDESK_PASSPHRASE_FILE)</translation>
    </message>
    <message>
        <source>also make a recovery key, printed once, that can replace a forgotten passphrase</source>
        <translation>créer aussi une clé de récupération, affichée une seule fois, qui peut remplacer une phrase secrète oubliée</translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted database</source>
        <translation>changer la phrase secrète d&apos;une base de données chiffrée</translation>
    </message>
    <message>
        <source>new passphrase from the terminal or $TPDESK_NEW_PASSPHRASE_FILE</source>
        <translation>nouvelle phrase secrète saisie au terminal ou lue dans $TPDESK_NEW_PASSPHRASE_FILE</translation>
    </message>
    <message>
        <source>write a plain (unencrypted) copy of the database</source>
        <translation>écrire une copie en clair (non chiffrée) de la base de données</translation>
    </message>
    <message>
        <source>write the register or a briefing pack to a file</source>
        <translation>écrire le registre ou un dossier d&apos;information dans un fichier</translation>
    </message>
    <message>
        <source>Excel workbook: the register (--all, with list&apos;s filters) or a template</source>
        <translation>classeur Excel : le registre (--all, avec les filtres de list) ou un modèle</translation>
    </message>
    <message>
        <source>the records of one briefing pack (see &apos;list packs&apos;)</source>
        <translation>les fiches d&apos;un dossier d&apos;information (voir « list packs »)</translation>
    </message>
    <message>
        <source>the whole register, or what the filters keep</source>
        <translation>tout le registre, ou ce que les filtres retiennent</translation>
    </message>
    <message>
        <source>empty sheets with the headers, lists and checks</source>
        <translation>feuilles vides avec les en-têtes, les listes et les contrôles</translation>
    </message>
    <message>
        <source>e.g. SENSITIVE: printed in every page&apos;s header</source>
        <translation>p. ex. SENSITIVE : imprimé dans l&apos;en-tête de chaque page</translation>
    </message>
    <message>
        <source>filters (as for list)</source>
        <translation>filtres (comme pour list)</translation>
    </message>
    <message>
        <source>Word briefing document for one pack (see &apos;list packs&apos;)</source>
        <translation>document d&apos;information Word pour un dossier (voir « list packs »)</translation>
    </message>
    <message>
        <source>the pack&apos;s id, or its exact title</source>
        <translation>l&apos;identifiant du dossier, ou son titre exact</translation>
    </message>
    <message>
        <source>a .docx with the styles to use (Title, Heading 1-3, Marking, tpdesk Table...); default: the one shipped with tpdesk</source>
        <translation>un .docx contenant les styles à utiliser (Title, Heading 1-3, Marking, tpdesk Table...) ; par défaut : celui fourni avec tpdesk</translation>
    </message>
    <message>
        <source>PDF briefing book for one pack, with bookmarks (see &apos;list packs&apos;)</source>
        <translation>recueil d&apos;information PDF pour un dossier, avec signets (voir « list packs »)</translation>
    </message>
    <message>
        <source>make and check briefing packs</source>
        <translation>créer et vérifier des dossiers d&apos;information</translation>
    </message>
    <message>
        <source>make a pack for a roundtable, tailored to its reader; prints its id</source>
        <translation>créer un dossier pour une table ronde, adapté à son lecteur ; affiche son identifiant</translation>
    </message>
    <message>
        <source>the roundtable&apos;s id, its title, or partner and number (&apos;TN 5&apos;)</source>
        <translation>l&apos;identifiant de la table ronde, son titre, ou le partenaire et le numéro (« TN 5 »)</translation>
    </message>
    <message>
        <source>e.g. &apos;Italian delegation&apos;</source>
        <translation>p. ex. « délégation italienne »</translation>
    </message>
    <message>
        <source>only what this EU Member State takes part in (repeatable)</source>
        <translation>uniquement ce à quoi cet État membre de l&apos;UE participe (répétable)</translation>
    </message>
    <message>
        <source>only this sector of common interest (repeatable)</source>
        <translation>uniquement ce secteur d&apos;intérêt commun (répétable)</translation>
    </message>
    <message>
        <source>only this activity category (repeatable)</source>
        <translation>uniquement cette catégorie d&apos;activités (répétable)</translation>
    </message>
    <message>
        <source>public, limited or sensitive</source>
        <translation>public, limited ou sensitive</translation>
    </message>
    <message>
        <source>the language of the pack&apos;s headings, labels and sentences: en (English, the default), fr (French) or ar (Arabic, right to left)</source>
        <translation>la langue des titres, libellés et phrases du dossier : en (anglais, par défaut), fr (français) ou ar (arabe, de droite à gauche)</translation>
    </message>
    <message>
        <source>start from this pack (id or title): its sections, texts and choices</source>
        <translation>partir de ce dossier (identifiant ou titre) : ses sections, ses textes et ses choix</translation>
    </message>
    <message>
        <source>what the pack&apos;s readiness checklist flags, one point a line</source>
        <translation>ce que signale la liste de contrôle du dossier, un point par ligne</translation>
    </message>
    <message>
        <source>exit 1 when there is anything to check</source>
        <translation>code de sortie 1 s&apos;il y a quoi que ce soit à vérifier</translation>
    </message>
    <message>
        <source>bring an edited file back into the register</source>
        <translation>réintégrer un fichier modifié dans le registre</translation>
    </message>
    <message>
        <source>a register workbook edited in Excel or LibreOffice: preview, then apply</source>
        <translation>un classeur du registre modifié dans Excel ou LibreOffice : aperçu, puis application</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>montrer ce qui changerait ; ne rien écrire</translation>
    </message>
    <message>
        <source>import new rows that look like stored records (warn only)</source>
        <translation>importer les nouvelles lignes qui ressemblent à des fiches enregistrées (avertir seulement)</translation>
    </message>
    <message>
        <source>an IATI activity file (standard 2.01-2.03): preview, then apply</source>
        <translation>un fichier d&apos;activités IATI (norme 2.01-2.03) : aperçu, puis application</translation>
    </message>
    <message>
        <source>put every activity in this partnership (default: the partnership of its recipient country)</source>
        <translation>placer chaque activité dans ce partenariat (par défaut : le partenariat de son pays bénéficiaire)</translation>
    </message>
    <message>
        <source>a roundtable&apos;s conclusions (.docx): its action table as commitments</source>
        <translation>les conclusions d&apos;une table ronde (.docx) : son tableau d&apos;actions en engagements</translation>
    </message>
    <message>
        <source>the roundtable the commitments were made at</source>
        <translation>la table ronde où les engagements ont été pris</translation>
    </message>
    <message>
        <source>show what would be created; write nothing</source>
        <translation>montrer ce qui serait créé ; ne rien écrire</translation>
    </message>
    <message>
        <source>create actors not in the register as organisations of this kind (e.g. member_state)</source>
        <translation>créer les acteurs absents du registre comme organisations de ce type (p. ex. member_state)</translation>
    </message>
    <message>
        <source>push this copy&apos;s changes to the secretariat server, then pull the server&apos;s</source>
        <translation>envoyer les modifications de cette copie au serveur du secrétariat, puis recevoir celles du serveur</translation>
    </message>
    <message>
        <source>the server&apos;s address (first run; later the one signed in to)</source>
        <translation>l&apos;adresse du serveur (première fois ; ensuite celle à laquelle on s&apos;est connecté)</translation>
    </message>
    <message>
        <source>a file holding the one-time sign-in token; exchanged for a credential kept in the database</source>
        <translation>un fichier contenant le jeton de connexion à usage unique ; échangé contre un identifiant conservé dans la base de données</translation>
    </message>
    <message>
        <source>sign in with this user&apos;s password instead of a token (typed at the terminal, or read from the file $TPDESK_SERVER_PASSWORD_FILE names)</source>
        <translation>se connecter avec le mot de passe de cet utilisateur au lieu d&apos;un jeton (saisi au terminal, ou lu dans le fichier que nomme $TPDESK_SERVER_PASSWORD_FILE)</translation>
    </message>
    <message>
        <source>check this installation end to end, offscreen, on a throwaway database; prints JSON (exit 1 if a step failed)</source>
        <translation>vérifier cette installation de bout en bout, hors écran, sur une base de données jetable ; affiche du JSON (code de sortie 1 si une étape a échoué)</translation>
    </message>
    <message>
        <source>a forgotten passphrase, recovered through the secretariat</source>
        <translation>une phrase secrète oubliée, récupérée par l&apos;intermédiaire du secrétariat</translation>
    </message>
    <message>
        <source>On the laptop, once: &apos;recovery seal&apos; keeps the data key sealed to the secretariat&apos;s public key (in NAME.db.keys). Passphrase forgotten: the laptop sends &apos;recovery request -o FILE&apos; to the secretariat, which runs &apos;recovery grant FILE -o UNLOCK&apos; and reads the one-time code it prints to the person by phone; the laptop runs &apos;recovery apply UNLOCK&apos; with the code ($TPDESK_PASSPHRASE_FILE) and a new passphrase ($TPDESK_NEW_PASSPHRASE_FILE). The unlock file without its code opens nothing.</source>
        <translation>Sur l&apos;ordinateur portable, une fois : « recovery seal » scelle la clé des données avec la clé publique du secrétariat (dans NAME.db.keys). Phrase secrète oubliée : l&apos;ordinateur portable envoie « recovery request -o FILE » au secrétariat, qui exécute « recovery grant FILE -o UNLOCK » et lit par téléphone à la personne le code à usage unique affiché ; l&apos;ordinateur portable exécute « recovery apply UNLOCK » avec le code ($TPDESK_PASSPHRASE_FILE) et une nouvelle phrase secrète ($TPDESK_NEW_PASSPHRASE_FILE). Le fichier de déverrouillage sans son code n&apos;ouvre rien.</translation>
    </message>
    <message>
        <source>seal the database&apos;s key to the secretariat&apos;s public key (laptop, unlocked)</source>
        <translation>sceller la clé de la base de données avec la clé publique du secrétariat (ordinateur portable, déverrouillé)</translation>
    </message>
    <message>
        <source>a contact other than the register&apos;s secretariat</source>
        <translation>un contact autre que le secrétariat du registre</translation>
    </message>
    <message>
        <source>passphrase forgotten: the request to send to the secretariat (laptop)</source>
        <translation>phrase secrète oubliée : la demande à envoyer au secrétariat (ordinateur portable)</translation>
    </message>
    <message>
        <source>answer a request with an unlock file and a one-time code (secretariat)</source>
        <translation>répondre à une demande par un fichier de déverrouillage et un code à usage unique (secrétariat)</translation>
    </message>
    <message>
        <source>unlock with the secretariat&apos;s file and code, and set a new passphrase (laptop)</source>
        <translation>déverrouiller avec le fichier et le code du secrétariat, et définir une nouvelle phrase secrète (ordinateur portable)</translation>
    </message>
    <message>
        <source>show or set this copy&apos;s name and the user&apos;s name</source>
        <translation>afficher ou définir le nom de cette copie et celui de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>this copy&apos;s name, as others see it</source>
        <translation>le nom de cette copie, tel que les autres le voient</translation>
    </message>
    <message>
        <source>your name, for the history</source>
        <translation>votre nom, pour l&apos;historique</translation>
    </message>
    <message>
        <source>this copy&apos;s public keys</source>
        <translation>les clés publiques de cette copie</translation>
    </message>
    <message>
        <source>print the public keys and their fingerprint</source>
        <translation>afficher les clés publiques et leur empreinte</translation>
    </message>
    <message>
        <source>write the public keys to give to others</source>
        <translation>écrire les clés publiques à remettre aux autres</translation>
    </message>
    <message>
        <source>the copies this one exchanges files with</source>
        <translation>les copies avec lesquelles celle-ci échange des fichiers</translation>
    </message>
    <message>
        <source>trust another copy&apos;s keys file</source>
        <translation>faire confiance au fichier de clés d&apos;une autre copie</translation>
    </message>
    <message>
        <source>call it this rather than its own name</source>
        <translation>l&apos;appeler ainsi plutôt que par son propre nom</translation>
    </message>
    <message>
        <source>the contacts and their fingerprints</source>
        <translation>les contacts et leurs empreintes</translation>
    </message>
    <message>
        <source>signed, encrypted exchange files (.tpx)</source>
        <translation>fichiers d&apos;échange signés et chiffrés (.tpx)</translation>
    </message>
    <message>
        <source>a pack for delegates, or a reply</source>
        <translation>un dossier pour les délégués, ou une réponse</translation>
    </message>
    <message>
        <source>a briefing pack&apos;s id or title</source>
        <translation>l&apos;identifiant ou le titre d&apos;un dossier d&apos;information</translation>
    </message>
    <message>
        <source>every change the recipients have not had yet</source>
        <translation>toutes les modifications que les destinataires n&apos;ont pas encore reçues</translation>
    </message>
    <message>
        <source>check and merge an exchange file</source>
        <translation>vérifier et fusionner un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>show what it would do; write nothing</source>
        <translation>montrer ce qui serait fait ; ne rien écrire</translation>
    </message>
    <message>
        <source>print the preview as JSON</source>
        <translation>afficher l&apos;aperçu en JSON</translation>
    </message>
    <message>
        <source>edits that met and wait for a decision</source>
        <translation>modifications qui se sont croisées et attendent une décision</translation>
    </message>
    <message>
        <source>open conflicts and proposals</source>
        <translation>conflits et propositions en attente</translation>
    </message>
    <message>
        <source>Passphrase for {path}: </source>
        <translation>Phrase secrète pour {path} : </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln trouvé</numerusform>
            <numerusform>%Ln trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln problem(s) found in {live} records</source>
        <translation>
            <numerusform>{file} : %Ln problème trouvé dans {live} fiches</numerusform>
            <numerusform>{file} : %Ln problèmes trouvés dans {live} fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln sauvegarde</numerusform>
            <numerusform>%Ln sauvegardes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) to check before the roundtable:</source>
        <translation>
            <numerusform>%Ln point à vérifier avant la table ronde :</numerusform>
            <numerusform>%Ln points à vérifier avant la table ronde :</numerusform>
        </translation>
    </message>
    <message>
        <source>{pack}: no points to check</source>
        <translation>{pack} : aucun point à vérifier</translation>
    </message>
    <message numerus="yes">
        <source>{pack}: %Ln point(s) to check</source>
        <translation>
            <numerusform>{pack} : %Ln point à vérifier</numerusform>
            <numerusform>{pack} : %Ln points à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln error(s); nothing imported</source>
        <translation>
            <numerusform>{file} : %Ln erreur ; rien n&apos;a été importé</numerusform>
            <numerusform>{file} : %Ln erreurs ; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} (${variable}): the passphrase file cannot be read ({reason})</source>
        <translation>{file} (${variable}) : le fichier de la phrase secrète ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>a passphrase is needed: run in a terminal, or name a file holding it in ${variable}</source>
        <translation>une phrase secrète est nécessaire : exécutez dans un terminal, ou indiquez dans ${variable} un fichier qui la contient</translation>
    </message>
    <message>
        <source>Again, to confirm: </source>
        <translation>Encore une fois, pour confirmer : </translation>
    </message>
    <message>
        <source>{file} (${variable}): the password file cannot be read ({reason})</source>
        <translation>{file} (${variable}) : le fichier du mot de passe ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>a password is needed: run in a terminal, or name a file holding it in ${variable}</source>
        <translation>un mot de passe est nécessaire : lancez la commande dans un terminal, ou nommez dans ${variable} un fichier qui le contient</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing changed</source>
        <translation>les deux mots de passe diffèrent ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the password is empty ({source})</source>
        <translation>le mot de passe est vide ({source})</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing changed</source>
        <translation>les deux phrases secrètes diffèrent ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the passphrase is empty ({source})</source>
        <translation>la phrase secrète est vide ({source})</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>ok: {live} records checked, no problems</source>
        <translation>ok : fiches vérifiées : {live}, aucun problème</translation>
    </message>
    <message>
        <source>backed up to {file}</source>
        <translation>sauvegardé dans {file}</translation>
    </message>
    <message>
        <source>unusable: {reason}</source>
        <translation>inutilisable : {reason}</translation>
    </message>
    <message>
        <source>restored {file}; the database as it was is in {before} (restore that to undo)</source>
        <translation>{file} restauré ; la base de données telle qu&apos;elle était se trouve dans {before} (restaurez-la pour annuler)</translation>
    </message>
    <message>
        <source>{file} is already encrypted</source>
        <translation>{file} est déjà chiffré</translation>
    </message>
    <message>
        <source>encrypted {file}; its key is wrapped in {name}.keys beside it: keep the two together</source>
        <translation>{file} chiffré ; sa clé est protégée dans {name}.keys, à côté : conservez les deux ensemble</translation>
    </message>
    <message>
        <source>recovery key (shown once; write it down and keep it apart): {key}</source>
        <translation>clé de récupération (affichée une seule fois ; notez-la et conservez-la à part) : {key}</translation>
    </message>
    <message>
        <source>warning: plain copy left: {file} (delete it, or keep it somewhere safe)</source>
        <translation>avertissement : copie en clair restante : {file} (supprimez-la, ou conservez-la en lieu sûr)</translation>
    </message>
    <message>
        <source>warning: earlier copies of the plain file may persist on the disk until overwritten</source>
        <translation>avertissement : des copies antérieures du fichier en clair peuvent subsister sur le disque jusqu&apos;à ce qu&apos;elles soient écrasées</translation>
    </message>
    <message>
        <source>{file} is not encrypted; run &apos;tpdesk encrypt&apos; first</source>
        <translation>{file} n&apos;est pas chiffré ; exécutez d&apos;abord « tpdesk encrypt »</translation>
    </message>
    <message>
        <source>passphrase changed for {file}</source>
        <translation>phrase secrète changée pour {file}</translation>
    </message>
    <message>
        <source>wrote a plain copy to {file}: anyone with the file can read it</source>
        <translation>copie en clair écrite dans {file} : toute personne disposant du fichier peut la lire</translation>
    </message>
    <message>
        <source>the key of {file} is now also sealed to {name} ({fingerprint}): they can unlock it if the passphrase is forgotten</source>
        <translation>la clé de {file} est désormais aussi scellée pour {name} ({fingerprint}) : ce contact peut la déverrouiller si la phrase secrète est oubliée</translation>
    </message>
    <message>
        <source>wrote {file}: send it to {holders}, then call them; they give you a one-time code for their unlock file (&apos;tpdesk recovery apply&apos;)</source>
        <translation>{file} écrit : envoyez-le à {holders}, puis appelez-les ; ils vous donneront un code à usage unique pour leur fichier de déverrouillage (« tpdesk recovery apply »)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>wrote {file}: the unlock for {contact}&apos;s database</source>
        <translation>{file} écrit : le déverrouillage de la base de données de {contact}</translation>
    </message>
    <message>
        <source>one-time code (shown once; read it to {contact} by phone, never send it with the file): {code}</source>
        <translation>code à usage unique (affiché une seule fois ; lisez-le à {contact} par téléphone, ne l&apos;envoyez jamais avec le fichier) : {code}</translation>
    </message>
    <message>
        <source>One-time code from the secretariat: </source>
        <translation>Code à usage unique du secrétariat : </translation>
    </message>
    <message>
        <source>unlocked {file}: its passphrase is the new one</source>
        <translation>{file} déverrouillé : sa phrase secrète est la nouvelle</translation>
    </message>
    <message>
        <source>status value or label</source>
        <translation>valeur ou libellé de l&apos;état</translation>
    </message>
    <message>
        <source>activity category</source>
        <translation>catégorie d&apos;activités</translation>
    </message>
    <message>
        <source>sector of common interest</source>
        <translation>secteur d&apos;intérêt commun</translation>
    </message>
    <message>
        <source>EU Member State ISO code</source>
        <translation>code ISO de l&apos;État membre de l&apos;UE</translation>
    </message>
    <message>
        <source>funding instrument, e.g. mpf, amif, ndici</source>
        <translation>instrument de financement, p. ex. mpf, amif, ndici</translation>
    </message>
    <message>
        <source>organisation kind</source>
        <translation>type d&apos;organisation</translation>
    </message>
    <message>
        <source>commitments past their due date, neither fulfilled nor cancelled</source>
        <translation>engagements dont l&apos;échéance est dépassée, ni réalisés ni annulés</translation>
    </message>
    <message>
        <source>open commitments due in the next DAYS days</source>
        <translation>engagements en cours arrivant à échéance dans les DAYS prochains jours</translation>
    </message>
    <message>
        <source>full-text filter</source>
        <translation>filtre en texte intégral</translation>
    </message>
    <message>
        <source>{option} takes no filters</source>
        <translation>{option} n&apos;accepte pas de filtres</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>{file} écrit</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>essai à blanc : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>register</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>clé de signature</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>destinataire age</translation>
    </message>
    <message>
        <source>wrote {file}: {name}, fingerprint {fingerprint}</source>
        <translation>{file} écrit : {name}, empreinte {fingerprint}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>; dry run: nothing written</source>
        <translation> ; essai à blanc : rien n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln ouvert</numerusform>
            <numerusform>%Ln ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>--user and --token-file: sign in with one or the other</source>
        <translation>--user et --token-file : connectez-vous avec l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <source>{file}: the token file cannot be read ({reason})</source>
        <translation>{file} : le fichier du jeton ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>--user: name the server too (--server URL)</source>
        <translation>--user : nommez aussi le serveur (--server URL)</translation>
    </message>
    <message>
        <source>Password of {user} on {server}: </source>
        <translation>Mot de passe de {user} sur {server} : </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) not in the register: add them as organisations, or rerun with --create-actors KIND; nothing imported</source>
        <translation>
            <numerusform>%Ln acteur absent du registre : ajoutez-le comme organisation, ou relancez avec --create-actors KIND ; rien n&apos;a été importé</numerusform>
            <numerusform>%Ln acteurs absents du registre : ajoutez-les comme organisations, ou relancez avec --create-actors KIND ; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>tpdesk: error: --db: the path is empty; name a database file</source>
        <translation>tpdesk : erreur : --db : le chemin est vide ; indiquez un fichier de base de données</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation>{option} : {reason}</translation>
    </message>
    <message>
        <source>{error} (run &apos;tpdesk --db {path} demo&apos; to create one with demo data)</source>
        <translation>{error} (lancez &apos;tpdesk --db {path} demo&apos; pour en créer une avec des données de démonstration)</translation>
    </message>
    <message>
        <source>; the newest good backup is {file} (&apos;tpdesk restore {file}&apos;)</source>
        <translation> ; la sauvegarde valide la plus récente est {file} (« tpdesk restore {file} »)</translation>
    </message>
    <message>
        <source>tpdesk: interrupted</source>
        <translation>tpdesk : interrompu</translation>
    </message>
    <message>
        <source>tpdesk: internal error: {error} (logged to {log})</source>
        <translation>tpdesk : erreur interne : {error} (consignée dans {log})</translation>
    </message>
</context>
<context>
    <name>CliColumn</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>launched</source>
        <translation>lancé le</translation>
    </message>
    <message>
        <source>member states</source>
        <translation>États membres</translation>
    </message>
    <message>
        <source>sectors</source>
        <translation>secteurs</translation>
    </message>
    <message>
        <source>no.</source>
        <translation>nº</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>nom court</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>marquage</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>destinataires</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>heure (UTC)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>records</source>
        <translation>fiches</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>record and field</source>
        <translation>fiche et champ</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Move Left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Rétablir les colonnes</translation>
    </message>
</context>
<context>
    <name>Commitment</name>
    <message>
        <source>Partnership:</source>
        <translation>Partenariat :</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>Engagement :</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Acteurs :</translation>
    </message>
    <message>
        <source>Made at:</source>
        <translation>Pris lors de :</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Pris le :</translation>
    </message>
    <message>
        <source>Linked activity:</source>
        <translation>Activité liée :</translation>
    </message>
    <message>
        <source>Linked objective:</source>
        <translation>Objectif lié :</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Avancement :</translation>
    </message>
</context>
<context>
    <name>CommitmentState</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Record and field</source>
        <translation>Fiche et champ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation>&amp;Garder l&apos;actuelle</translation>
    </message>
    <message>
        <source>&amp;Take Other</source>
        <translation>&amp;Prendre l&apos;autre</translation>
    </message>
    <message>
        <source>T&amp;ype a Value…</source>
        <translation>&amp;Saisir une valeur…</translation>
    </message>
    <message>
        <source>No conflicts wait for a decision.</source>
        <translation>Aucun conflit n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>Type a Value</source>
        <translation>Saisir une valeur</translation>
    </message>
    <message>
        <source>{field}: the value to keep</source>
        <translation>{field} : la valeur à garder</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Conflicts and proposals from exchange files or the server wait for a decision</source>
        <translation>Conflits et propositions issus des fichiers d&apos;échange ou du serveur, en attente d&apos;une décision</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln to decide</source>
        <translation>
            <numerusform>⚠ %Ln à trancher</numerusform>
            <numerusform>⚠ %Ln à trancher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Keys and Contacts</source>
        <translation>Clés et contacts</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation>Cette copie</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>Export My &amp;Keys…</source>
        <translation>Exporter mes &amp;clés…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>C&amp;ontacts :</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Export My Keys</source>
        <translation>Exporter mes clés</translation>
    </message>
    <message>
        <source>Wrote {file}: give it to the people you exchange files with; they compare fingerprint {fingerprint} with you by phone.</source>
        <translation>{file} a été enregistré : remettez-le aux personnes avec qui vous échangez des fichiers ; elles vérifient avec vous, par téléphone, l&apos;empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Trust &apos;{name}&apos;?

Fingerprint: {fingerprint}

Compare it with the other person, by phone or in person, before you trust it.</source>
        <translation>Faire confiance à « {name} » ?

Empreinte : {fingerprint}

Comparez-la avec l&apos;autre personne, par téléphone ou en personne, avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>{name} is a contact now.</source>
        <translation>{name} fait désormais partie de vos contacts.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path} : fichier de sauvegarde introuvable</translation>
    </message>
    <message>
        <source>{path}: a -wal file lies beside it, so the file alone is not the whole backup; open it in tpdesk once, or copy it as it was made</source>
        <translation>{path} : un fichier -wal se trouve à côté, le fichier seul n&apos;est donc pas la sauvegarde complète ; ouvrez-le une fois dans tpdesk, ou copiez-le tel qu&apos;il a été créé</translation>
    </message>
    <message>
        <source>{path} is a plain database, but this database is encrypted; nothing changed</source>
        <translation>{path} est une base de données en clair, mais cette base de données est chiffrée ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} is encrypted (or not a database), but this database is not; nothing changed</source>
        <translation>{path} est chiffré (ou n&apos;est pas une base de données), mais cette base de données ne l&apos;est pas ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail}); nothing changed</source>
        <translation>{path} : lecture impossible ({detail}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} is not a tpdesk database; nothing changed</source>
        <translation>{path} n&apos;est pas une base de données tpdesk ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} is damaged ({check}); nothing changed</source>
        <translation>{path} est endommagé ({check}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} was written by a newer tpdesk (schema step {step!r}); nothing changed</source>
        <translation>{path} a été écrit par une version plus récente de tpdesk (étape de schéma {step!r}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>no briefing pack with id or title {id_or_title!r} (see &apos;tpdesk list packs&apos;)</source>
        <translation>aucun dossier d&apos;information n&apos;a l&apos;identifiant ou le titre {id_or_title!r} (voir &apos;tpdesk list packs&apos;)</translation>
    </message>
    <message>
        <source>{count} briefing packs are titled {id_or_title!r}; give the id instead</source>
        <translation>{count} dossiers d&apos;information ont pour titre {id_or_title!r} ; indiquez plutôt l&apos;identifiant</translation>
    </message>
    <message>
        <source>no roundtable with id or title {id_or_title!r} (give its id, or the partner&apos;s code and its number, e.g. &apos;TN 5&apos;)</source>
        <translation>aucune table ronde n&apos;a l&apos;identifiant ou le titre {id_or_title!r} (indiquez son identifiant, ou le code du partenaire et son numéro, p. ex. &apos;TN 5&apos;)</translation>
    </message>
    <message>
        <source>{count} roundtables match {id_or_title!r}; give the id instead</source>
        <translation>{count} tables rondes correspondent à {id_or_title!r} ; indiquez plutôt l&apos;identifiant</translation>
    </message>
    <message>
        <source>Activity &apos;{title}&apos; has no lead or implementing organisation</source>
        <translation>L&apos;activité « {title} » n&apos;a pas d&apos;organisation chef de file ni d&apos;organisation chargée de la mise en œuvre</translation>
    </message>
    <message>
        <source>Activity &apos;{title}&apos; has no funding line</source>
        <translation>L&apos;activité « {title} » n&apos;a pas de ligne de financement</translation>
    </message>
    <message>
        <source>Commitment &apos;{caption}&apos; has no due date</source>
        <translation>L&apos;engagement « {caption} » n&apos;a pas d&apos;échéance</translation>
    </message>
    <message>
        <source>Commitment &apos;{caption}&apos; has no actor</source>
        <translation>L&apos;engagement « {caption} » n&apos;a pas d&apos;acteur</translation>
    </message>
    <message>
        <source>Section &apos;{title}&apos; is empty</source>
        <translation>La section « {title} » est vide</translation>
    </message>
    <message>
        <source>{target}: the copy is damaged ({check}); nothing changed</source>
        <translation>{target} : la copie est endommagée ({check}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{target}: the copy has {theirs} rows in {table}, not {mine}; nothing changed</source>
        <translation>{target} : la copie compte {theirs} lignes dans {table}, et non {mine} ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{target}: the copy cannot be read back ({exc}); nothing changed</source>
        <translation>{target} : la copie ne peut pas être relue ({exc}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>a change is stamped {moment}, more than a day ahead of this computer&apos;s clock: the sender&apos;s clock is wrong; nothing merged</source>
        <translation>une modification est datée du {moment}, plus d&apos;un jour en avance sur l&apos;horloge de cet ordinateur : l&apos;horloge de l&apos;expéditeur est erronée ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>the demo data needs today&apos;s date on or after {earliest_today} (the store says {today})</source>
        <translation>les données de démonstration exigent une date du jour égale ou postérieure au {earliest_today} (la base indique {today})</translation>
    </message>
    <message>
        <source>count must be 0 or more, not {count}</source>
        <translation>le nombre doit être égal ou supérieur à 0, et non {count}</translation>
    </message>
    <message>
        <source>no demo partnership is left to add synthetic activities to</source>
        <translation>il ne reste aucun partenariat de démonstration auquel ajouter des activités synthétiques</translation>
    </message>
    <message>
        <source>{path} is open in another program (another tpdesk?); close it first</source>
        <translation>{path} est ouvert dans un autre programme (un autre tpdesk ?) ; fermez-le d&apos;abord</translation>
    </message>
    <message>
        <source>{target}: cannot be written ({reason})</source>
        <translation>{target} : écriture impossible ({reason})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{target} is {what}; name a file for the copy</source>
        <translation>{target} : {what} ; indiquez un fichier pour la copie</translation>
    </message>
    <message>
        <source>the database is locked; unlock it with its passphrase</source>
        <translation>la base de données est verrouillée ; déverrouillez-la avec sa phrase secrète</translation>
    </message>
    <message>
        <source>{path}: the key file cannot be read ({strerror})</source>
        <translation>{path} : le fichier de clé ne peut pas être lu ({strerror})</translation>
    </message>
    <message>
        <source>{path}: not a tpdesk key file</source>
        <translation>{path} : ce n&apos;est pas un fichier de clé tpdesk</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>phrase secrète erronée</translation>
    </message>
    <message>
        <source>a passphrase cannot be empty</source>
        <translation>une phrase secrète ne peut pas être vide</translation>
    </message>
    <message>
        <source>the file refers to records this copy does not hold ({problem} for a {kind}); nothing merged</source>
        <translation>le fichier fait référence à des fiches que cette copie ne contient pas ({problem} pour {kind}) ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>no conflict with id {conflict_id}</source>
        <translation>aucun conflit n&apos;a l&apos;identifiant {conflict_id}</translation>
    </message>
    <message>
        <source>conflict {conflict_id} is already resolved</source>
        <translation>le conflit {conflict_id} est déjà résolu</translation>
    </message>
    <message>
        <source>{label} {record_id} is not in this copy</source>
        <translation>la fiche {label} {record_id} ne figure pas dans cette copie</translation>
    </message>
    <message>
        <source>{label} &apos;{caption}&apos; is no longer there</source>
        <translation>la fiche {label} « {caption} » n&apos;existe plus</translation>
    </message>
    <message>
        <source>does not apply to partnerships</source>
        <translation>ne s&apos;applique pas aux partenariats</translation>
    </message>
    <message>
        <source>does not apply to organisations</source>
        <translation>ne s&apos;applique pas aux organisations</translation>
    </message>
    <message>
        <source>does not apply to roundtables</source>
        <translation>ne s&apos;applique pas aux tables rondes</translation>
    </message>
    <message>
        <source>does not apply to roadmaps</source>
        <translation>ne s&apos;applique pas aux feuilles de route</translation>
    </message>
    <message>
        <source>does not apply to activities</source>
        <translation>ne s&apos;applique pas aux activités</translation>
    </message>
    <message>
        <source>does not apply to commitments</source>
        <translation>ne s&apos;applique pas aux engagements</translation>
    </message>
    <message>
        <source>does not apply to notes</source>
        <translation>ne s&apos;applique pas aux notes</translation>
    </message>
    <message>
        <source>does not apply to briefing packs</source>
        <translation>ne s&apos;applique pas aux dossiers d&apos;information</translation>
    </message>
    <message>
        <source>{days} days from today is past the year 9999</source>
        <translation>dans {days} jours, on dépasse l&apos;année 9999</translation>
    </message>
    <message>
        <source>unknown country code {value!r}</source>
        <translation>code de pays inconnu {value!r}</translation>
    </message>
    <message>
        <source>{code} is not an EU Member State</source>
        <translation>{code} n&apos;est pas un État membre de l&apos;UE</translation>
    </message>
    <message>
        <source>{name}: not a usable public key ({exc})</source>
        <translation>{name} : clé publique inutilisable ({exc})</translation>
    </message>
    <message>
        <source>the request is not sealed to this copy&apos;s key</source>
        <translation>la demande n&apos;est pas scellée pour la clé de cette copie</translation>
    </message>
    <message>
        <source>the request&apos;s sealed key is damaged</source>
        <translation>la clé scellée de la demande est endommagée</translation>
    </message>
    <message>
        <source>{where}: not a tpdesk recovery request</source>
        <translation>{where} : ce n&apos;est pas une demande de récupération tpdesk</translation>
    </message>
    <message>
        <source>{where}: the key is sealed to {holders}, not to this copy</source>
        <translation>{where} : la clé est scellée pour {holders}, et non pour cette copie</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>{where}: not a tpdesk unlock file</source>
        <translation>{where} : ce n&apos;est pas un fichier de déverrouillage tpdesk</translation>
    </message>
    <message>
        <source>{where}: wrong one-time code; nothing changed</source>
        <translation>{where} : code à usage unique erroné ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{what} cannot be deleted: {listed} cannot do without it</source>
        <translation>la fiche {what} ne peut pas être supprimée : elle est indispensable à {listed}</translation>
    </message>
    <message>
        <source>{what} cannot be removed: it is used by {listed}</source>
        <translation>la fiche {what} ne peut pas être retirée : elle est utilisée par {listed}</translation>
    </message>
    <message>
        <source>{what} cannot be deleted: it is used by {listed}</source>
        <translation>la fiche {what} ne peut pas être supprimée : elle est utilisée par {listed}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership(s)</source>
        <translation>
            <numerusform>%Ln partenariat</numerusform>
            <numerusform>%Ln partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roundtable(s)</source>
        <translation>
            <numerusform>%Ln table ronde</numerusform>
            <numerusform>%Ln tables rondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roadmap(s)</source>
        <translation>
            <numerusform>%Ln feuille de route</numerusform>
            <numerusform>%Ln feuilles de route</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln briefing pack(s)</source>
        <translation>
            <numerusform>%Ln dossier d&apos;information</numerusform>
            <numerusform>%Ln dossiers d&apos;information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> et %Ln autre</numerusform>
            <numerusform> et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>{status!r} is neither an activity nor a commitment status</source>
        <translation>{status!r} n&apos;est ni un statut d&apos;activité ni un statut d&apos;engagement</translation>
    </message>
    <message>
        <source>these are this copy&apos;s own keys, not another copy&apos;s</source>
        <translation>ce sont les clés de cette copie, et non celles d&apos;une autre copie</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>{wanted!r} matches more than one contact; contacts: {known}</source>
        <translation>{wanted!r} correspond à plusieurs contacts ; contacts : {known}</translation>
    </message>
    <message>
        <source>{wanted!r} is not a contact; contacts: {known}</source>
        <translation>{wanted!r} n&apos;est pas un contact ; contacts : {known}</translation>
    </message>
    <message>
        <source>this copy already holds a register; import the pack into a new database file</source>
        <translation>cette copie contient déjà un registre ; importez le dossier dans un nouveau fichier de base de données</translation>
    </message>
    <message>
        <source>no {label} with id {record_id}</source>
        <translation>aucune fiche {label} n&apos;a l&apos;identifiant {record_id}</translation>
    </message>
    <message>
        <source>no partnership with {code!r}</source>
        <translation>aucun partenariat avec {code!r}</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>une recherche enregistrée doit avoir un nom</translation>
    </message>
    <message>
        <source>saved search {name!r}: unknown record kind {kind!r}</source>
        <translation>recherche enregistrée {name!r} : type de fiche inconnu {kind!r}</translation>
    </message>
    <message>
        <source>{label} &apos;{caption}&apos; could not be saved: {exc}</source>
        <translation>la fiche {label} « {caption} » n&apos;a pas pu être enregistrée : {exc}</translation>
    </message>
    <message>
        <source>{label} &apos;{caption}&apos; was deleted; restore it first</source>
        <translation>la fiche {label} « {caption} » a été supprimée ; restaurez-la d&apos;abord</translation>
    </message>
    <message>
        <source>{count} {label} records could not be saved: {exc}</source>
        <translation>{count} fiches ({label}) n&apos;ont pas pu être enregistrées : {exc}</translation>
    </message>
    <message>
        <source>{label} &apos;{caption}&apos; is already deleted</source>
        <translation>la fiche {label} « {caption} » est déjà supprimée</translation>
    </message>
    <message>
        <source>the trash cannot be emptied: a live {kind} record still refers to a deleted {target}; run &apos;tpdesk check&apos;</source>
        <translation>la corbeille ne peut pas être vidée : une fiche active ({kind}) fait encore référence à une fiche supprimée ({target}) ; lancez &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>no deleted {label} with id {record_id}</source>
        <translation>aucune fiche {label} supprimée n&apos;a l&apos;identifiant {record_id}</translation>
    </message>
    <message>
        <source>{where}: name a file for the backup, not a folder</source>
        <translation>{where} : indiquez un fichier pour la sauvegarde, et non un dossier</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{target}: a backup cannot overwrite the database itself</source>
        <translation>{target} : une sauvegarde ne peut pas remplacer la base de données elle-même</translation>
    </message>
    <message>
        <source>{target}: folder {parent} does not exist</source>
        <translation>{target} : le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{target}: the backup cannot be written ({reason})</source>
        <translation>{target} : la sauvegarde ne peut pas être écrite ({reason})</translation>
    </message>
    <message>
        <source>no partnership with code {code!r}</source>
        <translation>aucun partenariat n&apos;a le code {code!r}</translation>
    </message>
    <message>
        <source>{what} was changed by another edit or a merge since it was opened</source>
        <translation>la fiche {what} a été modifiée par une autre modification ou une fusion depuis son ouverture</translation>
    </message>
    <message>
        <source>{what} is no longer there</source>
        <translation>la fiche {what} n&apos;existe plus</translation>
    </message>
    <message>
        <source>Objective &apos;{code}&apos; of roadmap &apos;{caption}&apos;</source>
        <translation>L&apos;objectif « {code} » de la feuille de route « {caption} »</translation>
    </message>
    <message>
        <source>cannot sort {label} records by {order_by!r}</source>
        <translation>impossible de trier les fiches ({label}) par {order_by!r}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} est un dossier, et non un fichier de base de données</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <source>{path} is a folder, not {noun}</source>
        <translation>{path} est un dossier, et non {noun}</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path} : lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>{path}: folder {parent} does not exist</source>
        <translation>{path} : le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{target}: cannot write (permission denied; is it open in {reader}?)</source>
        <translation>{target} : écriture impossible (autorisation refusée ; le fichier est-il ouvert dans {reader} ?)</translation>
    </message>
    <message>
        <source>{target}: cannot write ({reason})</source>
        <translation>{target} : écriture impossible ({reason})</translation>
    </message>
    <message>
        <source>no database at {path}</source>
        <translation>aucune base de données à l&apos;emplacement {path}</translation>
    </message>
    <message>
        <source>{path}: cannot be created ({reason})</source>
        <translation>{path} : création impossible ({reason})</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a tpdesk database; delete it, or name a new file to create one</source>
        <translation>{path} est un fichier vide, et non une base de données tpdesk ; supprimez-le, ou indiquez un nouveau fichier pour en créer une</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({strerror})</source>
        <translation>{path} : lecture impossible ({strerror})</translation>
    </message>
    <message>
        <source>{path} is not encrypted, but {name} beside it says it is; if an encryption was interrupted, move that key file away</source>
        <translation>{path} n&apos;est pas chiffré, mais {name}, à côté, indique qu&apos;il l&apos;est ; si un chiffrement a été interrompu, déplacez ce fichier de clé ailleurs</translation>
    </message>
    <message>
        <source>{path} is not a tpdesk database (not an SQLite file; or encrypted, and its key file {name} is missing)</source>
        <translation>{path} n&apos;est pas une base de données tpdesk (ce n&apos;est pas un fichier SQLite ; ou il est chiffré et son fichier de clé {name} est absent)</translation>
    </message>
    <message>
        <source>{path}: the key does not open this database (its key file {name} belongs to another database, or the file is damaged)</source>
        <translation>{path} : la clé n&apos;ouvre pas cette base de données (son fichier de clé {name} appartient à une autre base de données, ou le fichier est endommagé)</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not a tpdesk one</source>
        <translation>{path} est une base de données SQLite, mais pas une base tpdesk</translation>
    </message>
    <message>
        <source>{path} is an empty SQLite database, not a tpdesk one; delete it, or name a new file to create one</source>
        <translation>{path} est une base de données SQLite vide, et non une base tpdesk ; supprimez-la, ou indiquez un nouveau fichier pour en créer une</translation>
    </message>
    <message>
        <source>{path} was written by a newer tpdesk (schema version {version}); update tpdesk to open it</source>
        <translation>{path} a été écrit par une version plus récente de tpdesk (version de schéma {version}) ; mettez tpdesk à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>{path} was written by a newer tpdesk (schema step {newer!r}); update tpdesk to open it</source>
        <translation>{path} a été écrit par une version plus récente de tpdesk (étape de schéma {newer!r}) ; mettez tpdesk à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>{path} was written by an older tpdesk and is open read-only here, so it cannot be upgraded; open it once where it can be written (a backup is made first)</source>
        <translation>{path} a été écrit par une version plus ancienne de tpdesk et est ouvert ici en lecture seule ; il ne peut donc pas être mis à niveau ; ouvrez-le une fois là où il peut être écrit (une sauvegarde est faite d&apos;abord)</translation>
    </message>
    <message>
        <source>{path} is damaged: table {missing} is missing{more}; restore a backup, or run &apos;tpdesk check&apos;</source>
        <translation>{path} est endommagé : la table {missing} est absente{more} ; restaurez une sauvegarde, ou lancez &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: not enough free disk space to back up before upgrading</source>
        <translation>{path} : espace disque insuffisant pour faire une sauvegarde avant la mise à niveau</translation>
    </message>
    <message>
        <source>{path}: cannot back up before upgrading ({reason})</source>
        <translation>{path} : impossible de faire une sauvegarde avant la mise à niveau ({reason})</translation>
    </message>
    <message>
        <source>{path}: a partnership record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path} : une fiche de partenariat ne peut pas être lue ({exc}) ; lancez &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: an organisation record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path} : une fiche d&apos;organisation ne peut pas être lue ({exc}) ; lancez &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: a roundtable record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path} : une fiche de table ronde ne peut pas être lue ({exc}) ; lancez &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: a roadmap record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path} : une fiche de feuille de route ne peut pas être lue ({exc}) ; lancez &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: an activity record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path} : une fiche d&apos;activité ne peut pas être lue ({exc}) ; lancez &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: a commitment record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path} : une fiche d&apos;engagement ne peut pas être lue ({exc}) ; lancez &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: a note record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path} : une fiche de note ne peut pas être lue ({exc}) ; lancez &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{path}: a briefing pack record cannot be read ({exc}); run &apos;tpdesk check&apos;</source>
        <translation>{path} : une fiche de dossier d&apos;information ne peut pas être lue ({exc}) ; lancez &apos;tpdesk check&apos;</translation>
    </message>
    <message>
        <source>{text!r} is not one of: {choices}</source>
        <translation>{text!r} ne fait pas partie de : {choices}</translation>
    </message>
    <message>
        <source>{source}: that is the database itself, not a backup of it</source>
        <translation>{source} : c&apos;est la base de données elle-même, et non une sauvegarde</translation>
    </message>
    <message>
        <source>{path}: the backup cannot be put in place ({reason}); nothing changed</source>
        <translation>{path} : la sauvegarde ne peut pas être mise en place ({reason}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{label}: {exc}</source>
        <translation>{label} : {exc}</translation>
    </message>
    <message>
        <source>{label}: {cleaned!r} is not a date (YYYY-MM-DD)</source>
        <translation>{label} : {cleaned!r} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{label} cannot be empty</source>
        <translation>{label} ne peut pas être vide</translation>
    </message>
    <message>
        <source>Tag cannot be empty</source>
        <translation>Le mot-clé ne peut pas être vide</translation>
    </message>
    <message>
        <source>{path}: wrong passphrase; nothing changed</source>
        <translation>{path} : phrase secrète erronée ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} is already encrypted</source>
        <translation>{path} est déjà chiffré</translation>
    </message>
    <message>
        <source>{path}: cannot be encrypted ({reason}); nothing changed</source>
        <translation>{path} : chiffrement impossible ({reason}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} is not encrypted; run &apos;tpdesk encrypt&apos; first</source>
        <translation>{path} n&apos;est pas chiffré ; lancez d&apos;abord &apos;tpdesk encrypt&apos;</translation>
    </message>
    <message>
        <source>{path} is not encrypted; use &apos;tpdesk backup -o&apos; for a copy</source>
        <translation>{path} n&apos;est pas chiffré ; utilisez &apos;tpdesk backup -o&apos; pour une copie</translation>
    </message>
    <message>
        <source>{out}: a plain copy cannot overwrite the database itself</source>
        <translation>{out} : une copie en clair ne peut pas remplacer la base de données elle-même</translation>
    </message>
    <message>
        <source>{out}: folder {parent} does not exist</source>
        <translation>{out} : le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>this computer has no usable keyring ({exc}); the passphrase will be asked each time</source>
        <translation>cet ordinateur n&apos;a pas de trousseau utilisable ({exc}) ; la phrase secrète sera demandée à chaque fois</translation>
    </message>
    <message numerus="yes">
        <source>wrote {path}: {kind}, %Ln change(s) to {records} records, for {recipients}</source>
        <translation>
            <numerusform>{path} écrit : {kind}, %Ln modification sur {records} fiches, pour {recipients}</numerusform>
            <numerusform>{path} écrit : {kind}, %Ln modifications sur {records} fiches, pour {recipients}</numerusform>
        </translation>
    </message>
    <message>
        <source>{output}: an exchange file&apos;s name ends in .tpx</source>
        <translation>{output} : le nom d&apos;un fichier d&apos;échange se termine par .tpx</translation>
    </message>
    <message>
        <source>give 1 to 120 characters</source>
        <translation>indiquez de 1 à 120 caractères</translation>
    </message>
    <message>
        <source>name at least one contact</source>
        <translation>indiquez au moins un contact</translation>
    </message>
    <message>
        <source>{file}: {kind} from {sender}</source>
        <translation>{file} : {kind} de {sender}</translation>
    </message>
    <message>
        <source>added: {kind} &apos;{caption}&apos;</source>
        <translation>fiche ajoutée : {kind} « {caption} »</translation>
    </message>
    <message>
        <source>changed: {kind} &apos;{caption}&apos;: {field}: {old} → {new}</source>
        <translation>fiche modifiée : {kind} « {caption} » : {field} : {old} → {new}</translation>
    </message>
    <message>
        <source>deleted: {kind} &apos;{caption}&apos;</source>
        <translation>fiche supprimée : {kind} « {caption} »</translation>
    </message>
    <message>
        <source>{conflict}: {kind} &apos;{caption}&apos;: {field}: kept {kept}, other {other} ({who})</source>
        <translation>{conflict} : {kind} « {caption} » : {field} : conservé {kept}, autre {other} ({who})</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message numerus="yes">
        <source>note: the sender&apos;s copy was %Ln change(s) of this copy behind when it wrote the file</source>
        <translation>
            <numerusform>remarque : la copie de l&apos;expéditeur avait %Ln modification de retard sur cette copie lorsqu&apos;elle a écrit le fichier</numerusform>
            <numerusform>remarque : la copie de l&apos;expéditeur avait %Ln modifications de retard sur cette copie lorsqu&apos;elle a écrit le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>line to take</source>
        <translation>élément de langage</translation>
    </message>
    <message>
        <source>{part}: added</source>
        <translation>{part} : ajout</translation>
    </message>
    <message>
        <source>{part}: removed</source>
        <translation>{part} : retrait</translation>
    </message>
    <message>
        <source>{part}: changed</source>
        <translation>{part} : modification</translation>
    </message>
    <message>
        <source>{where}: the file is encrypted with a passphrase; give it</source>
        <translation>{where} : le fichier est chiffré par une phrase secrète ; indiquez-la</translation>
    </message>
    <message>
        <source>{where}: the manifest has no watermark; nothing merged</source>
        <translation>{where} : le manifeste n&apos;a pas de filigrane ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: the manifest names no sender; nothing merged</source>
        <translation>{where} : le manifeste n&apos;indique aucun expéditeur ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: this copy wrote the file; nothing to merge</source>
        <translation>{where} : cette copie a écrit le fichier ; rien à fusionner</translation>
    </message>
    <message>
        <source>{where}: signed by an unknown key ({name!s}); add the sender&apos;s keys with &apos;tpdesk contacts add FILE&apos; after comparing fingerprints; nothing merged</source>
        <translation>{where} : signé par une clé inconnue ({name!s}) ; ajoutez les clés de l&apos;expéditeur avec &apos;tpdesk contacts add FILE&apos; après avoir comparé les empreintes ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: the file is addressed to someone else; nothing merged</source>
        <translation>{where} : le fichier est adressé à quelqu&apos;un d&apos;autre ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: written by a newer tpdesk (schema {schema}); update tpdesk; nothing merged</source>
        <translation>{where} : écrit par une version plus récente de tpdesk (schéma {schema}) ; mettez tpdesk à jour ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: the file belongs to another register (another secretariat&apos;s copy); nothing merged</source>
        <translation>{where} : le fichier appartient à un autre registre (la copie d&apos;un autre secrétariat) ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: {member} line {number}: {exc}; nothing merged</source>
        <translation>{where} : {member}, ligne {number} : {exc} ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{path}: name a file in an existing folder</source>
        <translation>{path} : indiquez un fichier dans un dossier existant</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path} : écriture impossible ({reason})</translation>
    </message>
    <message>
        <source>{fmt!r} is not a pack format (one of: {formats})</source>
        <translation>{fmt!r} n&apos;est pas un format de dossier (formats : {formats})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln error(s) in the file; nothing imported</source>
        <translation>
            <numerusform>{name} : %Ln erreur dans le fichier ; rien n&apos;a été importé</numerusform>
            <numerusform>{name} : %Ln erreurs dans le fichier ; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} {errors}; nothing imported</source>
        <translation>{name} {errors} ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{name} changed since the preview; preview it again (nothing imported)</source>
        <translation>{name} a changé depuis l&apos;aperçu ; affichez de nouveau l&apos;aperçu (rien n&apos;a été importé)</translation>
    </message>
    <message>
        <source>new commitment {row}: say what was committed</source>
        <translation>nouvel engagement {row} : indiquez ce qui a été convenu</translation>
    </message>
    <message>
        <source>new commitment {row}: {exc}</source>
        <translation>nouvel engagement {row} : {exc}</translation>
    </message>
    <message>
        <source>not in the register: {names} (add them as organisations first)</source>
        <translation>absents du registre : {names} (ajoutez-les d&apos;abord comme organisations)</translation>
    </message>
    <message>
        <source>commitment &apos;{caption}&apos;: {exc}</source>
        <translation>engagement « {caption} » : {exc}</translation>
    </message>
    <message>
        <source>{errors}{more}; nothing recorded</source>
        <translation>{errors}{more} ; rien n&apos;a été enregistré</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln error(s) in the action table; nothing imported</source>
        <translation>
            <numerusform>{name} : %Ln erreur dans le tableau des actions ; rien n&apos;a été importé</numerusform>
            <numerusform>{name} : %Ln erreurs dans le tableau des actions ; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: unknown actors: {actors}: add them as organisations, or create them with the import; nothing imported</source>
        <translation>{name} : acteurs inconnus : {actors} : ajoutez-les comme organisations, ou créez-les lors de l&apos;importation ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>this copy&apos;s secretariat is not a contact yet: add its keys, or name another contact</source>
        <translation>le secrétariat de cette copie n&apos;est pas encore un contact : ajoutez ses clés, ou indiquez un autre contact</translation>
    </message>
    <message>
        <source>no database at {db}</source>
        <translation>aucune base de données à l&apos;emplacement {db}</translation>
    </message>
    <message>
        <source>{db} is not encrypted: it needs no recovery</source>
        <translation>{db} n&apos;est pas chiffré : aucune récupération n&apos;est nécessaire</translation>
    </message>
    <message>
        <source>{db}: its key is sealed to no one (&apos;tpdesk recovery seal&apos; was not run); only its recovery key, if one was made, can replace the passphrase</source>
        <translation>{db} : sa clé n&apos;est scellée pour personne (&apos;tpdesk recovery seal&apos; n&apos;a pas été lancé) ; seule sa clé de récupération, si elle a été créée, peut remplacer la phrase secrète</translation>
    </message>
    <message>
        <source>{where}: the database is not one of this copy&apos;s contacts; nothing written</source>
        <translation>{where} : la base de données ne fait pas partie des contacts de cette copie ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{path} is not encrypted: it needs no recovery</source>
        <translation>{path} n&apos;est pas chiffré : aucune récupération n&apos;est nécessaire</translation>
    </message>
    <message>
        <source>{unlock}: the unlock is for another copy; nothing changed</source>
        <translation>{unlock} : le déverrouillage est destiné à une autre copie ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the sign-in token is empty or not a token (paste the line &apos;tpdesk-server users add&apos; printed)</source>
        <translation>le jeton de connexion est vide ou n&apos;est pas un jeton (collez la ligne affichée par &apos;tpdesk-server users add&apos;)</translation>
    </message>
    <message>
        <source>a sign-in needs the one-time token, or the user name and password</source>
        <translation>une connexion exige le jeton à usage unique, ou le nom d&apos;utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>{host}: the sign-in answer lacks {exc}; is this a tpdesk server?</source>
        <translation>{host} : il manque {exc} dans la réponse de connexion ; est-ce un serveur tpdesk ?</translation>
    </message>
    <message>
        <source>{host}: this copy belongs to another register than the server&apos;s; sync a new, empty database file</source>
        <translation>{host} : cette copie appartient à un autre registre que celui du serveur ; synchronisez un nouveau fichier de base de données vide</translation>
    </message>
    <message>
        <source>a sign-in needs the server&apos;s address</source>
        <translation>une connexion demande l&apos;adresse du serveur</translation>
    </message>
    <message>
        <source>this copy has no server yet: sign in once, with the token the secretariat gave you (or your user name and password)</source>
        <translation>cette copie n&apos;a pas encore de serveur : connectez-vous une fois, avec le jeton fourni par le secrétariat (ou votre nom d&apos;utilisateur et votre mot de passe)</translation>
    </message>
    <message>
        <source>not signed in to {server_address}: sign in with the token the secretariat gave you (or your user name and password)</source>
        <translation>non connecté à {server_address} : connectez-vous avec le jeton fourni par le secrétariat (ou votre nom d&apos;utilisateur et votre mot de passe)</translation>
    </message>
    <message>
        <source>pushed {pushed}, pulled {pulled} before that (kept; the rest on the next sync)</source>
        <translation>{pushed} envoyés, {pulled} reçus avant cela (conservés ; le reste à la prochaine synchronisation)</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{where} cannot be read ({exc})</source>
        <translation>{where} ne peut pas être lu ({exc})</translation>
    </message>
    <message>
        <source>{host}: the answer has no vector; is this a tpdesk server?</source>
        <translation>{host} : la réponse ne contient pas de vecteur ; est-ce un serveur tpdesk ?</translation>
    </message>
    <message>
        <source>{host}: the answer is not the sync protocol&apos;s JSON; is this a tpdesk server?</source>
        <translation>{host} : la réponse n&apos;est pas le JSON du protocole de synchronisation ; est-ce un serveur tpdesk ?</translation>
    </message>
    <message>
        <source>{host}: the answer is not the sync protocol&apos;s JSON</source>
        <translation>{host} : la réponse n&apos;est pas le JSON du protocole de synchronisation</translation>
    </message>
    <message>
        <source>{host}: TLS error: the server&apos;s certificate is not trusted ({verify_message})</source>
        <translation>{host} : erreur TLS : le certificat du serveur n&apos;est pas approuvé ({verify_message})</translation>
    </message>
    <message>
        <source>{host}: TLS error ({reason})</source>
        <translation>{host} : erreur TLS ({reason})</translation>
    </message>
    <message>
        <source>{host}: timeout: no answer within {timeout:g} s</source>
        <translation>{host} : délai dépassé : aucune réponse en {timeout:g} s</translation>
    </message>
    <message>
        <source>{host}: server unreachable (the name is not found; offline?)</source>
        <translation>{host} : serveur injoignable (nom introuvable ; hors ligne ?)</translation>
    </message>
    <message>
        <source>{host}: server unreachable ({why})</source>
        <translation>{host} : serveur injoignable ({why})</translation>
    </message>
    <message>
        <source>{host}: the connection broke off ({error})</source>
        <translation>{host} : la connexion a été interrompue ({error})</translation>
    </message>
    <message>
        <source>this copy belongs to another register</source>
        <translation>cette copie appartient à un autre registre</translation>
    </message>
    <message>
        <source>{host}: the server redirects elsewhere ({location}); give that address</source>
        <translation>{host} : le serveur redirige ailleurs ({location}) ; indiquez cette adresse</translation>
    </message>
    <message>
        <source>{host}: server unreachable ({reason})</source>
        <translation>{host} : serveur injoignable ({reason})</translation>
    </message>
    <message>
        <source>{url!r}: give the server&apos;s address as https://HOST[:PORT]</source>
        <translation>{url!r} : indiquez l&apos;adresse du serveur sous la forme https://HOST[:PORT]</translation>
    </message>
    <message>
        <source>{url!r}: the address takes no user, query or fragment</source>
        <translation>{url!r} : l&apos;adresse ne comporte ni utilisateur, ni requête, ni fragment</translation>
    </message>
    <message>
        <source>{url!r}: plain http is refused except on this computer; use https://</source>
        <translation>{url!r} : le http simple est refusé, sauf sur cet ordinateur ; utilisez https://</translation>
    </message>
    <message>
        <source>{host}: 401: the server refused this copy&apos;s sign-in (a disabled account, a wrong password, or an unknown or used token); ask the secretariat for a new token</source>
        <translation>{host} : 401 : le serveur a refusé la connexion de cette copie (compte désactivé, mot de passe erroné, ou jeton inconnu ou déjà utilisé) ; demandez un nouveau jeton au secrétariat</translation>
    </message>
    <message>
        <source>{host}: 409: {reason}</source>
        <translation>{host} : 409 : {reason}</translation>
    </message>
    <message>
        <source>{host}: 413: the push is too large</source>
        <translation>{host} : 413 : l&apos;envoi est trop volumineux</translation>
    </message>
    <message>
        <source>{host}: 503: the server&apos;s database is unavailable; it is tried again later</source>
        <translation>{host} : 503 : la base de données du serveur est indisponible ; nouvel essai plus tard</translation>
    </message>
    <message>
        <source>{host}: {code}: {reason}</source>
        <translation>{host} : {code} : {reason}</translation>
    </message>
    <message>
        <source>{name} has none of the register&apos;s sheets ({names}): is it a workbook exported by tpdesk?</source>
        <translation>{name} ne contient aucune des feuilles du registre ({names}) : est-ce un classeur exporté par tpdesk ?</translation>
    </message>
    <message>
        <source>holds a formula with no saved result: type the value, or open and save the file in Excel or LibreOffice first</source>
        <translation>contient une formule sans résultat enregistré : saisissez la valeur, ou ouvrez et enregistrez d&apos;abord le fichier dans Excel ou LibreOffice</translation>
    </message>
    <message>
        <source>merged header cells ({cells}): unmerge them so each column has its own header</source>
        <translation>cellules d&apos;en-tête fusionnées ({cells}) : annulez la fusion pour que chaque colonne ait son propre en-tête</translation>
    </message>
    <message>
        <source>column {column} has no header</source>
        <translation>la colonne {column} n&apos;a pas d&apos;en-tête</translation>
    </message>
    <message>
        <source>this header appears twice</source>
        <translation>cet en-tête apparaît deux fois</translation>
    </message>
    <message>
        <source>not a register column; ignored</source>
        <translation>ce n&apos;est pas une colonne du registre ; ignorée</translation>
    </message>
    <message>
        <source>column &apos;{header}&apos; is missing</source>
        <translation>la colonne « {header} » est absente</translation>
    </message>
    <message>
        <source>id {record_id} is also on row {row}</source>
        <translation>l&apos;identifiant {record_id} figure aussi à la ligne {row}</translation>
    </message>
    <message>
        <source>is required: the id of the {label} (from the {sheet}s sheet)</source>
        <translation>est obligatoire : l&apos;identifiant de la fiche {label} (de la feuille {sheet}s)</translation>
    </message>
    <message>
        <source>ref &apos;{ref}&apos; is also on row {row}</source>
        <translation>la référence « {ref} » figure aussi à la ligne {row}</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; looks like a row number: choose another ref</source>
        <translation>« {ref} » ressemble à un numéro de ligne : choisissez une autre référence</translation>
    </message>
    <message>
        <source>the new {label} on {sheet} row {row} has errors: fix that row first</source>
        <translation>la nouvelle fiche {label} de la feuille {sheet}, ligne {row}, comporte des erreurs : corrigez d&apos;abord cette ligne</translation>
    </message>
    <message>
        <source>a new {label}&apos;s {part_noun} is new too: leave {column} empty</source>
        <translation>l&apos;élément « {part_noun} » d&apos;une nouvelle fiche {label} est nouveau lui aussi : laissez {column} vide</translation>
    </message>
    <message>
        <source>is required in a new row</source>
        <translation>est obligatoire dans une nouvelle ligne</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: type {yes} to delete the record, or leave it empty</source>
        <translation>« {value} » : saisissez {yes} pour supprimer la fiche, ou laissez vide</translation>
    </message>
    <message>
        <source>no {label} with id {record_id} in the register</source>
        <translation>aucune fiche {label} n&apos;a l&apos;identifiant {record_id} dans le registre</translation>
    </message>
    <message>
        <source>a new row cannot be deleted</source>
        <translation>une nouvelle ligne ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>no {label} with id {parent_id} in the register</source>
        <translation>aucune fiche {label} n&apos;a l&apos;identifiant {parent_id} dans le registre</translation>
    </message>
    <message>
        <source>its {label} is deleted on row {deleted}; leave this row unchanged</source>
        <translation>sa fiche {label} est supprimée à la ligne {deleted} ; laissez cette ligne inchangée</translation>
    </message>
    <message>
        <source>no {part_noun} with id {part_id} in {label} &apos;{caption}&apos;</source>
        <translation>aucun élément « {part_noun} » n&apos;a l&apos;identifiant {part_id} dans la fiche {label} « {caption} »</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln error(s) in the workbook; nothing imported</source>
        <translation>
            <numerusform>{name} : %Ln erreur dans le classeur ; rien n&apos;a été importé</numerusform>
            <numerusform>{name} : %Ln erreurs dans le classeur ; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems}{more}; nothing imported</source>
        <translation>{problems}{more} ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{path}: the database holds text that is not valid UTF-8 (written by another program?); run &apos;tpdesk check&apos; to find it, or restore a backup</source>
        <translation>{path} : la base de données contient du texte qui n&apos;est pas de l&apos;UTF-8 valide (écrit par un autre programme ?) ; lancez &apos;tpdesk check&apos; pour le trouver, ou restaurez une sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source> (and %Ln more)</source>
        <translation>
            <numerusform> (et %Ln autre)</numerusform>
            <numerusform> (et %Ln autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda item {number} &apos;{title}&apos; has no lines to take</source>
        <translation>Le point {number} de l&apos;ordre du jour « {title} » n&apos;a pas d&apos;éléments de langage</translation>
    </message>
    <message>
        <source>funding line</source>
        <translation>ligne de financement</translation>
    </message>
    <message>
        <source>progress update</source>
        <translation>point d&apos;avancement</translation>
    </message>
    <message>
        <source>the {label} is no longer in the register</source>
        <translation>la fiche {label} ne figure plus dans le registre</translation>
    </message>
    <message>
        <source>this row&apos;s {part_noun} is no longer in the register</source>
        <translation>l&apos;élément « {part_noun} » de cette ligne ne figure plus dans le registre</translation>
    </message>
    <message>
        <source>{label} &apos;{caption}&apos;: {field}: {message}</source>
        <translation>{label} « {caption} » : {field} : {message}</translation>
    </message>
    <message>
        <source>{file}, table {table}</source>
        <translation>{file}, tableau {table}</translation>
    </message>
    <message>
        <source>{where}, row {row}</source>
        <translation>{where}, ligne {row}</translation>
    </message>
    <message>
        <source>{at}, column &apos;{column}&apos;: is empty</source>
        <translation>{at}, colonne « {column} » : vide</translation>
    </message>
    <message>
        <source>no actor: name at least one organisation</source>
        <translation>aucun acteur : indiquez au moins une organisation</translation>
    </message>
    <message>
        <source>actor &apos;{name}&apos; names {count} organisations: use the full name</source>
        <translation>l&apos;acteur &apos;{name}&apos; désigne {count} organisations : utilisez le nom complet</translation>
    </message>
    <message>
        <source>column &apos;{header}&apos;: &apos;{text}&apos; is not a date (e.g. 31/12/2026 or December 2026)</source>
        <translation>colonne &apos;{header}&apos; : &apos;{text}&apos; n&apos;est pas une date (p. ex. 31/12/2026 ou décembre 2026)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no objective &apos;{text}&apos; in the partnership&apos;s roadmaps ({known})</source>
        <translation>aucun objectif &apos;{text}&apos; dans les feuilles de route du partenariat ({known})</translation>
    </message>
    <message>
        <source>no activity titled &apos;{text}&apos; in the partnership</source>
        <translation>aucune activité intitulée &apos;{text}&apos; dans le partenariat</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>se termine avant de commencer</translation>
    </message>
    <message>
        <source>period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>has no actor</source>
        <translation>n&apos;a pas d&apos;acteur</translation>
    </message>
    <message>
        <source>due date is not a date</source>
        <translation>l&apos;échéance n&apos;est pas une date</translation>
    </message>
    <message>
        <source>shares its number with another roundtable of the partnership</source>
        <translation>porte le même numéro qu&apos;une autre table ronde du partenariat</translation>
    </message>
    <message>
        <source>{name} holds a value tpdesk does not know</source>
        <translation>{name} contient une valeur que tpdesk ne connaît pas</translation>
    </message>
    <message>
        <source>{column} holds text that is not valid UTF-8</source>
        <translation>{column} contient du texte qui n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>index de recherche</translation>
    </message>
    <message>
        <source>the full-text index is damaged ({exc}); searches may miss records: restore a backup</source>
        <translation>l&apos;index de recherche en texte intégral est endommagé ({exc}) ; des fiches peuvent échapper aux recherches : restaurez une sauvegarde</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>fichier de base de données</translation>
    </message>
    <message>
        <source>table {table} is missing</source>
        <translation>la table {table} est absente</translation>
    </message>
    <message>
        <source>points at a missing {parent} row</source>
        <translation>renvoie à une ligne {parent} absente</translation>
    </message>
    <message>
        <source>{field} points at {noun} {target}, which is deleted or missing</source>
        <translation>{field} renvoie à {noun} {target} : fiche supprimée ou absente</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>une fiche</translation>
    </message>
    <message numerus="yes">
        <source>%Ln live {kind} record(s) not indexed</source>
        <translation>
            <numerusform>%Ln fiche active ({kind}) n&apos;est pas indexée</numerusform>
            <numerusform>%Ln fiches actives ({kind}) ne sont pas indexées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) with no text</source>
        <translation>
            <numerusform>%Ln document n&apos;a pas de texte</numerusform>
            <numerusform>%Ln documents n&apos;ont pas de texte</numerusform>
        </translation>
    </message>
    <message>
        <source>{code!r} is not the code of an EU Member State (e.g. DE, IT)</source>
        <translation>{code!r} n&apos;est pas le code d&apos;un État membre de l&apos;UE (p. ex. DE, IT)</translation>
    </message>
    <message>
        <source>{sector!r} is not a sector of any partnership (known: {known})</source>
        <translation>{sector!r} n&apos;est le secteur d&apos;aucun partenariat (connus : {known})</translation>
    </message>
    <message>
        <source>{where}: not a tpdesk keys file (&apos;tpdesk keys export&apos; writes one): {exc}</source>
        <translation>{where} : ce n&apos;est pas un fichier de clés tpdesk (&apos;tpdesk keys export&apos; en écrit un) : {exc}</translation>
    </message>
    <message>
        <source>{where}: the signature does not match: the file was altered after it was written; nothing merged</source>
        <translation>{where} : la signature ne correspond pas : le fichier a été modifié après son écriture ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: not a tpdesk exchange file (.tpx)</source>
        <translation>{where} : ce n&apos;est pas un fichier d&apos;échange tpdesk (.tpx)</translation>
    </message>
    <message>
        <source>the passphrase is wrong</source>
        <translation>la phrase secrète est erronée</translation>
    </message>
    <message>
        <source>the file is encrypted to keys, not to a passphrase</source>
        <translation>le fichier est chiffré pour des clés, et non avec une phrase secrète</translation>
    </message>
    <message>
        <source>the file is addressed to someone else, not to this copy</source>
        <translation>le fichier est adressé à quelqu&apos;un d&apos;autre, et non à cette copie</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>le fichier est tronqué ou endommagé</translation>
    </message>
    <message>
        <source>{where}: {problem}; nothing merged</source>
        <translation>{where} : {problem} ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: the file has no signed manifest; nothing merged</source>
        <translation>{where} : le fichier n&apos;a pas de manifeste signé ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: a member of the file is too large; nothing merged</source>
        <translation>{where} : un élément du fichier est trop volumineux ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: the file is damaged ({exc}); nothing merged</source>
        <translation>{where} : le fichier est endommagé ({exc}) ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: the manifest cannot be read ({exc}); nothing merged</source>
        <translation>{where} : le manifeste est illisible ({exc}) ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: written in exchange format {version}, newer than this tpdesk reads ({known}); update tpdesk; nothing merged</source>
        <translation>{where} : écrit au format d&apos;échange {version}, plus récent que celui que lit ce tpdesk ({known}) ; mettez tpdesk à jour ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>{where}: a member does not match the manifest&apos;s SHA-256: the file was altered after it was written; nothing merged</source>
        <translation>{where} : un élément ne correspond pas au SHA-256 du manifeste : le fichier a été modifié après son écriture ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>no organisation called &apos;{text}&apos; (use its short name or name)</source>
        <translation>aucune organisation nommée &apos;{text}&apos; (utilisez son nom court ou son nom)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names {count} organisations: use the full name</source>
        <translation>&apos;{text}&apos; désigne {count} organisations : utilisez le nom complet</translation>
    </message>
    <message>
        <source>cannot be cleared: {column} is required</source>
        <translation>ne peut pas être vidé : {column} est obligatoire</translation>
    </message>
    <message>
        <source>none in the register</source>
        <translation>aucun dans le registre</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a partnership: use a partner country code ({codes})</source>
        <translation>&apos;{text}&apos; n&apos;est pas un partenariat : utilisez le code d&apos;un pays partenaire ({codes})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country code (two letters, e.g. DE)</source>
        <translation>&apos;{text}&apos; n&apos;est pas un code de pays (deux lettres, p. ex. DE)</translation>
    </message>
    <message>
        <source>needs the row&apos;s partnership to find the roundtable</source>
        <translation>il faut le partenariat de la ligne pour trouver la table ronde</translation>
    </message>
    <message>
        <source>the partnership has no roundtable number {number}</source>
        <translation>le partenariat n&apos;a pas de table ronde numéro {number}</translation>
    </message>
    <message>
        <source>cannot be imported ({kind})</source>
        <translation>ne peut pas être importé ({kind})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date</source>
        <translation>&apos;{text}&apos; n&apos;est pas une date</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has fractions of a cent</source>
        <translation>&apos;{text}&apos; comporte des fractions de centime</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; amounts are 0 or more</source>
        <translation>&apos;{text}&apos; est négatif ; les montants sont de 0 ou plus</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount in euros</source>
        <translation>&apos;{text}&apos; n&apos;est pas un montant en euros</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; use 0 or more</source>
        <translation>&apos;{text}&apos; est négatif ; utilisez 0 ou plus</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a known {column}: use one of {labels}</source>
        <translation>&apos;{text}&apos; n&apos;est pas une valeur connue de {column} : utilisez l&apos;une de ces valeurs : {labels}</translation>
    </message>
    <message numerus="yes">
        <source>{name} has no action table: none of its %Ln table(s) has a header row with an Actor and an Action column (or Acteur, Action)</source>
        <translation>
            <numerusform>{name} n&apos;a pas de tableau d&apos;actions : aucun de ses tableaux (%Ln) n&apos;a de ligne d&apos;en-tête avec une colonne Acteur et une colonne Action (ou Actor, Action)</numerusform>
            <numerusform>{name} n&apos;a pas de tableau d&apos;actions : aucun de ses tableaux (%Ln) n&apos;a de ligne d&apos;en-tête avec une colonne Acteur et une colonne Action (ou Actor, Action)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged: not a readable zip archive ({exc})</source>
        <translation>{name} est endommagé : ce n&apos;est pas une archive zip lisible ({exc})</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is not valid XML ({exc})</source>
        <translation>{name} est endommagé : {part} n&apos;est pas du XML valide ({exc})</translation>
    </message>
    <message>
        <source>a worksheet is damaged: not valid XML ({exc})</source>
        <translation>une feuille de calcul est endommagée : ce n&apos;est pas du XML valide ({exc})</translation>
    </message>
    <message>
        <source>{name} is damaged or not a workbook tpdesk can read ({error})</source>
        <translation>{name} est endommagé ou n&apos;est pas un classeur que tpdesk sait lire ({error})</translation>
    </message>
    <message>
        <source>{target}: a Word document&apos;s name must end in .docx</source>
        <translation>{target} : le nom d&apos;un document Word doit se terminer par .docx</translation>
    </message>
    <message>
        <source>{target} is a folder</source>
        <translation>{target} est un dossier</translation>
    </message>
    <message>
        <source>template {path} not found</source>
        <translation>modèle {path} introuvable</translation>
    </message>
    <message>
        <source>template {path} is not a Word document (.docx)</source>
        <translation>le modèle {path} n&apos;est pas un document Word (.docx)</translation>
    </message>
    <message numerus="yes">
        <source>template {path} lacks %Ln style(s): {missing} (a briefing template needs: {needed})</source>
        <translation>
            <numerusform>le modèle {path} ne contient pas %Ln style : {missing} (un modèle de dossier d&apos;information a besoin de : {needed})</numerusform>
            <numerusform>le modèle {path} ne contient pas %Ln styles : {missing} (un modèle de dossier d&apos;information a besoin de : {needed})</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is empty, not an IATI activity file</source>
        <translation>{name} est vide : ce n&apos;est pas un fichier d&apos;activités IATI</translation>
    </message>
    <message>
        <source>{name} is not an IATI activity file: it has no &lt;iati-activities&gt; element</source>
        <translation>{name} n&apos;est pas un fichier d&apos;activités IATI : il n&apos;a pas d&apos;élément &lt;iati-activities&gt;</translation>
    </message>
    <message>
        <source>{name} line {line}: the file declares a DOCTYPE (entities or an external DTD) before this line; IATI files never need one, so it is refused</source>
        <translation>{name} ligne {line} : le fichier déclare un DOCTYPE (entités ou DTD externe) avant cette ligne ; les fichiers IATI n&apos;en ont jamais besoin, il est donc refusé</translation>
    </message>
    <message>
        <source>an IATI organisation file</source>
        <translation>un fichier d&apos;organisations IATI</translation>
    </message>
    <message>
        <source>a &lt;{tag}&gt; document</source>
        <translation>un document &lt;{tag}&gt;</translation>
    </message>
    <message>
        <source>{name} line {line}: {what}, not an IATI activity file (&lt;iati-activities&gt;)</source>
        <translation>{name} ligne {line} : {what}, et non un fichier d&apos;activités IATI (&lt;iati-activities&gt;)</translation>
    </message>
    <message>
        <source>{name} line {line}: the XML ends too early (is the file complete?): {message}</source>
        <translation>{name} ligne {line} : le XML s&apos;arrête trop tôt (le fichier est-il complet ?) : {message}</translation>
    </message>
    <message>
        <source>{name} line {line}: {message}; entities are refused (an entity bomb?)</source>
        <translation>{name} ligne {line} : {message} ; les entités sont refusées (une bombe d&apos;entités ?)</translation>
    </message>
    <message>
        <source>{name} line {line}: not well-formed XML: {message}</source>
        <translation>{name} ligne {line} : XML mal formé : {message}</translation>
    </message>
    <message>
        <source>open it in {program} or LibreOffice and save it as {named} ({suffix})</source>
        <translation>ouvrez-le dans {program} ou LibreOffice et enregistrez-le comme {named} ({suffix})</translation>
    </message>
    <message>
        <source>a workbook</source>
        <translation>un classeur</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>un classeur Excel</translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook (.xls)</source>
        <translation>classeur Excel 97-2003 (.xls)</translation>
    </message>
    <message>
        <source>a text or CSV file</source>
        <translation>un fichier texte ou CSV</translation>
    </message>
    <message>
        <source>in Excel (File &gt; Info &gt; Protect Workbook)</source>
        <translation>dans Excel (Fichier &gt; Informations &gt; Protéger le classeur)</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un document Word</translation>
    </message>
    <message>
        <source>Word 97-2003 document (.doc)</source>
        <translation>document Word 97-2003 (.doc)</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un fichier texte</translation>
    </message>
    <message>
        <source>in Word (File &gt; Info &gt; Protect Document)</source>
        <translation>dans Word (Fichier &gt; Informations &gt; Protéger le document)</translation>
    </message>
    <message>
        <source>{name} is empty, not {named}</source>
        <translation>{name} est vide : ce n&apos;est pas {named}</translation>
    </message>
    <message>
        <source>{name} is protected by a password: remove the password {where} and save it again</source>
        <translation>{name} est protégé par un mot de passe : supprimez le mot de passe {where} et enregistrez-le à nouveau</translation>
    </message>
    <message>
        <source>{name} is an old {old}, not {suffix}: {save_as}</source>
        <translation>{name} est un ancien {old}, et non {suffix} : {save_as}</translation>
    </message>
    <message>
        <source>{name} is {text}, not {named}: {save_as}</source>
        <translation>{name} est {text}, et non {named} : {save_as}</translation>
    </message>
    <message>
        <source>{name} is not {named} ({suffix})</source>
        <translation>{name} n&apos;est pas {named} ({suffix})</translation>
    </message>
    <message>
        <source>{name} is a zip archive but not {named} (no {part})</source>
        <translation>{name} est une archive zip, mais pas {named} (pas de {part})</translation>
    </message>
    <message>
        <source>{name} holds {files} files, more than the {limit} {noun} may have; refused (a zip bomb?)</source>
        <translation>{name} contient {files} fichiers, plus que les {limit} que peut avoir {noun} ; refusé (une bombe zip ?)</translation>
    </message>
    <message>
        <source>{name} would unpack to {size} MB, more than the {limit} MB limit; refused (a zip bomb?)</source>
        <translation>{name} se décompresserait en {size} Mo, plus que la limite de {limit} Mo ; refusé (une bombe zip ?)</translation>
    </message>
    <message>
        <source>{name} is protected by a password: remove the password and save it again</source>
        <translation>{name} est protégé par un mot de passe : supprimez le mot de passe et enregistrez-le à nouveau</translation>
    </message>
    <message>
        <source>{name}: part {part} unpacks to {ratio} times its packed size; refused (a zip bomb?)</source>
        <translation>{name} : la partie {part} se décompresse en {ratio} fois sa taille compressée ; refusé (une bombe zip ?)</translation>
    </message>
    <message>
        <source>{name}: part {part} declares an XML DTD or entities, which Office files never hold; refused</source>
        <translation>{name} : la partie {part} déclare une DTD XML ou des entités, ce que les fichiers Office ne contiennent jamais ; refusé</translation>
    </message>
    <message>
        <source>{name} is damaged: part {part} is not valid XML ({exc})</source>
        <translation>{name} est endommagé : la partie {part} n&apos;est pas du XML valide ({exc})</translation>
    </message>
    <message>
        <source>{target}: a PDF file&apos;s name must end in .pdf</source>
        <translation>{target} : le nom d&apos;un fichier PDF doit se terminer par .pdf</translation>
    </message>
    <message>
        <source>{target}: an Excel workbook&apos;s name must end in .xlsx</source>
        <translation>{target} : le nom d&apos;un classeur Excel doit se terminer par .xlsx</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>dans {days} jours</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days} jours de retard</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>date à fixer</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Total funding</source>
        <translation>Financement total</translation>
    </message>
    <message>
        <source>Commitments by status</source>
        <translation>Engagements par état</translation>
    </message>
    <message>
        <source>No commitments recorded</source>
        <translation>Aucun engagement enregistré</translation>
    </message>
    <message>
        <source>Funding by instrument</source>
        <translation>Financement par instrument</translation>
    </message>
    <message>
        <source>No funding recorded</source>
        <translation>Aucun financement enregistré</translation>
    </message>
    <message>
        <source>Next roundtables</source>
        <translation>Prochaines tables rondes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Commitments overdue or due soon</source>
        <translation>Engagements en retard ou à échéance proche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Overdue and due within {days} days</source>
        <translation>En retard et à échéance dans les {days} jours</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Tous les partenariats</translation>
    </message>
    <message>
        <source>State of play on {date}</source>
        <translation>État des lieux au {date}</translation>
    </message>
    <message>
        <source>No roundtable planned</source>
        <translation>Aucune table ronde prévue</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>à fixer</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more planned</source>
        <translation>
            <numerusform>et %Ln autre prévue</numerusform>
            <numerusform>et %Ln autres prévues</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue or due within {days} days</source>
        <translation>Rien en retard ni à échéance dans les {days} jours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within {days} days</source>
        <translation>Échéance dans les {days} jours</translation>
    </message>
    <message>
        <source>Only the first {count} of each are listed: filter the commitments register for all of them</source>
        <translation>Seuls les {count} premiers de chaque groupe sont listés : filtrez le registre des engagements pour les voir tous</translation>
    </message>
    <message>
        <source>Overdue ({overdue}) and due within {days} days ({due})</source>
        <translation>En retard ({overdue}) et à échéance dans les {days} jours ({due})</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>{path} is no longer there.</source>
        <translation>{path} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No application could open {name}; it is in {folder}.</source>
        <translation>Aucune application n&apos;a pu ouvrir {name} ; il se trouve dans {folder}.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>No file manager could be opened; the file is {path}.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu être ouvert ; le fichier est {path}.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Record details</source>
        <translation>Détails de la fiche</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Select a record to see its notes, history and links.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Sélectionnez une fiche pour voir ses notes, son historique et ses liens.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Néant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Notes ({count})&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Notes ({count})&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Links ({count})&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Liens ({count})&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Historique&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Separate entries with commas</source>
        <translation>Séparez les entrées par des virgules</translation>
    </message>
    <message>
        <source>— choose a partnership —</source>
        <translation>— choisir un partenariat —</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>État membre</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Organisation kind</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Échéance dans</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Filter (full text)…</source>
        <translation>Filtrer (texte intégral)…</translation>
    </message>
    <message>
        <source>Filter records: {kind}</source>
        <translation>Filtrer les fiches : {kind}</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Tout secteur</translation>
    </message>
    <message>
        <source>Any Member State</source>
        <translation>Tout État membre</translation>
    </message>
    <message>
        <source>Any instrument</source>
        <translation>Tout instrument</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Autres filtres</translation>
    </message>
    <message>
        <source>The filters that do not fit beside the filter box</source>
        <translation>Les filtres qui ne tiennent pas à côté de la zone de filtre</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>Autres filtres ({count})</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to tpdesk</source>
        <translation>Bienvenue dans tpdesk</translation>
    </message>
    <message>
        <source>Your name is recorded with each change you make, and named in the notes, packs and exchange files you write. You can change it later in Edit &gt; Preferences.</source>
        <translation>Votre nom est enregistré avec chacune de vos modifications et figure dans les notes, les dossiers et les fichiers d&apos;échange que vous rédigez. Vous pourrez le modifier plus tard dans Édition &gt; Préférences.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Keep the name &apos;{name}&apos;</source>
        <translation>Garder le nom « {name} »</translation>
    </message>
</context>
<context>
    <name>FundingStage</name>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
</context>
<context>
    <name>GrantRecovery</name>
    <message>
        <source>Grant Recovery Request</source>
        <translation>Répondre à une demande de récupération</translation>
    </message>
    <message>
        <source>A delegate who forgot their passphrase sends a recovery request. Check whose it is, then write the unlock file to send back and read them the one-time code by phone.</source>
        <translation>Un délégué qui a oublié sa phrase secrète envoie une demande de récupération. Vérifiez de qui elle vient, puis écrivez le fichier de déverrouillage à lui renvoyer et lisez-lui le code à usage unique par téléphone.</translation>
    </message>
    <message>
        <source>The recovery request received</source>
        <translation>La demande de récupération reçue</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>De&amp;mande :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the recovery request</source>
        <translation>Choisir la demande de récupération</translation>
    </message>
    <message>
        <source>&amp;Write Unlock File…</source>
        <translation>Écrire le &amp;fichier de déverrouillage…</translation>
    </message>
    <message>
        <source>Save the unlock file to send back to the delegate</source>
        <translation>Enregistrer le fichier de déverrouillage à renvoyer au délégué</translation>
    </message>
    <message>
        <source>Open recovery request</source>
        <translation>Ouvrir la demande de récupération</translation>
    </message>
    <message>
        <source>Recovery requests (*.json);;All files (*)</source>
        <translation>Demandes de récupération (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>From &lt;b&gt;{contact}&lt;/b&gt;, for their database &lt;b&gt;{database}&lt;/b&gt;.</source>
        <translation>De &lt;b&gt;{contact}&lt;/b&gt;, pour sa base de données &lt;b&gt;{database}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Write unlock file</source>
        <translation>Écrire le fichier de déverrouillage</translation>
    </message>
    <message>
        <source>Unlock files (*.json)</source>
        <translation>Fichiers de déverrouillage (*.json)</translation>
    </message>
    <message>
        <source>Wrote {file}. Send it to {contact}, then read them this one-time code by phone; never send it with the file. It is shown only now:</source>
        <translation>{file} écrit. Envoyez-le à {contact}, puis lisez-lui ce code à usage unique par téléphone ; ne l&apos;envoyez jamais avec le fichier. Il n&apos;est affiché que maintenant :</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <source>Choose a workbook exported by tpdesk and edited since. Nothing is written until you have reviewed every change.</source>
        <translation>Choisissez un classeur exporté par tpdesk et modifié depuis. Rien n&apos;est écrit tant que vous n&apos;avez pas passé en revue chaque modification.</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>classeur</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import IATI File</source>
        <translation>Importer un fichier IATI</translation>
    </message>
    <message>
        <source>Choose an IATI activity file (standard 2.01 to 2.03), as published on the IATI Registry. Activities go to the partnership of their recipient country. Nothing is written until you have reviewed every change.</source>
        <translation>Choisissez un fichier d&apos;activités IATI (norme 2.01 à 2.03), tel que publié dans le registre IATI. Les activités sont rattachées au partenariat de leur pays bénéficiaire. Rien n&apos;est écrit tant que vous n&apos;avez pas passé en revue chaque modification.</translation>
    </message>
    <message>
        <source>IATI file</source>
        <translation>Fichier IATI</translation>
    </message>
    <message>
        <source>IATI activity files (*.xml);;All files (*)</source>
        <translation>Fichiers d&apos;activités IATI (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{what} to import</source>
        <translation>{what} à importer</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Browse for the file: {what}</source>
        <translation>Choisir le fichier : {what}</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Passer en revue les modifications</translation>
    </message>
    <message>
        <source>Untick a row to leave it out. Errors must be fixed in the file first ({what}): then nothing at all is imported.</source>
        <translation>Décochez une ligne pour l&apos;écarter. Les erreurs doivent d&apos;abord être corrigées dans le fichier ({what}) : sinon rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Changes to import</source>
        <translation>Modifications à importer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes relevés dans le fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
</context>
<context>
    <name>InlineEdit</name>
    <message>
        <source>YYYY-MM-DD; empty for none</source>
        <translation>AAAA-MM-JJ ; vide si aucune</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>MPF</source>
        <translation>MPF</translation>
    </message>
    <message>
        <source>AMIF</source>
        <translation>FAMI</translation>
    </message>
    <message>
        <source>NDICI-Global Europe</source>
        <translation>IVCDCI-Europe dans le monde</translation>
    </message>
    <message>
        <source>Erasmus+</source>
        <translation>Erasmus+</translation>
    </message>
    <message>
        <source>Member State bilateral</source>
        <translation>Bilatéral (État membre)</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Unlock database</source>
        <translation>Déverrouiller la base de données</translation>
    </message>
    <message>
        <source>Passphrase (or recovery key)</source>
        <translation>Phrase secrète (ou clé de récupération)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keyring)</source>
        <translation>&amp;Mémoriser sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; est chiffrée. Saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Forgot Passphrase…</source>
        <translation>Phrase secrète &amp;oubliée…</translation>
    </message>
    <message>
        <source>Ask the secretariat for an unlock file and set a new passphrase</source>
        <translation>Demander un fichier de déverrouillage au secrétariat et définir une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&lt;h2&gt;tpdesk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;tpdesk est verrouillé&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name} is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{name} est verrouillée&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>tpdesk databases (*.db *.sqlite *.tpdesk);;All files (*)</source>
        <translation>Bases de données tpdesk (*.db *.sqlite *.tpdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to tpdesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans tpdesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This database is empty. Load the demo data to explore the five Talent Partnerships, or start your own register with a first partnership.</source>
        <translation>Cette base de données est vide. Chargez les données de démonstration pour découvrir les cinq partenariats destinés à attirer les talents, ou commencez votre propre registre par un premier partenariat.</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Charger les données de démonstration</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>&amp;Nouveau partenariat…</translation>
    </message>
    <message>
        <source>&amp;Encrypt this database…</source>
        <translation>Chi&amp;ffrer cette base de données…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Filter &amp;This View</source>
        <translation>&amp;Filtrer cette vue</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the encrypted database until its passphrase is given again</source>
        <translation>Fermer la base de données chiffrée jusqu&apos;à ce que sa phrase secrète soit de nouveau saisie</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>Sé&amp;curité…</translation>
    </message>
    <message>
        <source>Encryption, passphrase and idle lock</source>
        <translation>Chiffrement, phrase secrète et verrouillage en cas d&apos;inactivité</translation>
    </message>
    <message>
        <source>New &amp;Activity…</source>
        <translation>Nouvelle &amp;activité…</translation>
    </message>
    <message>
        <source>New &amp;Commitment…</source>
        <translation>Nouvel &amp;engagement…</translation>
    </message>
    <message>
        <source>New &amp;Partnership…</source>
        <translation>Nouveau &amp;partenariat…</translation>
    </message>
    <message>
        <source>New &amp;Roundtable…</source>
        <translation>Nouvelle &amp;table ronde…</translation>
    </message>
    <message>
        <source>New Road&amp;map…</source>
        <translation>Nouvelle &amp;feuille de route…</translation>
    </message>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
        <source>&amp;Open Selected…</source>
        <translation>&amp;Ouvrir la sélection…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>&amp;Supprimer la sélection…</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>Ajouter une no&amp;te…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Tras&amp;h…</source>
        <translation>Corbe&amp;ille…</translation>
    </message>
    <message>
        <source>Deleted records: restore them or empty the trash</source>
        <translation>Fiches supprimées : les restaurer ou vider la corbeille</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Volet des détai&amp;ls</translation>
    </message>
    <message>
        <source>Show or hide the current record&apos;s notes, history and links</source>
        <translation>Afficher ou masquer les notes, l&apos;historique et les liens de la fiche en cours</translation>
    </message>
    <message>
        <source>&amp;About tpdesk</source>
        <translation>À &amp;propos de tpdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Recent Expor&amp;ts</source>
        <translation>Expor&amp;ts récents</translation>
    </message>
    <message>
        <source>&amp;Register to Excel…</source>
        <translation>&amp;Registre vers Excel…</translation>
    </message>
    <message>
        <source>Empty Excel &amp;Template…</source>
        <translation>&amp;Modèle Excel vierge…</translation>
    </message>
    <message>
        <source>Briefing &amp;Pack to Word…</source>
        <translation>&amp;Dossier d&apos;information vers Word…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importer depuis Excel…</translation>
    </message>
    <message>
        <source>Import I&amp;ATI File…</source>
        <translation>Importer un fichier I&amp;ATI…</translation>
    </message>
    <message>
        <source>Export E&amp;xchange File…</source>
        <translation>E&amp;xporter un fichier d&apos;échange…</translation>
    </message>
    <message>
        <source>Import Exc&amp;hange File…</source>
        <translation>Importer un fic&amp;hier d&apos;échange…</translation>
    </message>
    <message>
        <source>Keys and &amp;Contacts…</source>
        <translation>C&amp;lés et contacts…</translation>
    </message>
    <message>
        <source>&amp;Grant Recovery Request…</source>
        <translation>Répon&amp;dre à une demande de récupération…</translation>
    </message>
    <message>
        <source>Answer a delegate&apos;s forgotten passphrase with an unlock file and a one-time code</source>
        <translation>Répondre à la phrase secrète oubliée d&apos;un délégué par un fichier de déverrouillage et un code à usage unique</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <source>Send this copy&apos;s changes to the secretariat server and fetch the server&apos;s</source>
        <translation>Envoyer les modifications de cette copie au serveur du secrétariat et récupérer celles du serveur</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Engagements</translation>
    </message>
    <message>
        <source>&amp;Roundtables</source>
        <translation>&amp;Tables rondes</translation>
    </message>
    <message>
        <source>Or&amp;ganisations</source>
        <translation>Or&amp;ganisations</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Briefing Packs</source>
        <translation>&amp;Dossiers d&apos;information</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>{name} — tpdesk</source>
        <translation>{name} — tpdesk</translation>
    </message>
    <message>
        <source>The newest good backup is {name}. tpdesk can restore it; the damaged file is kept in the backups folder.</source>
        <translation>La sauvegarde valide la plus récente est {name}. tpdesk peut la restaurer ; le fichier endommagé est conservé dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Roundtables</source>
        <translation>Tables rondes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Briefing packs</source>
        <translation>Dossiers d&apos;information</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Record &amp;Outcome…</source>
        <translation>Consigner les &amp;résultats…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>{partnerships} partnerships · {activities} activities · {commitments} commitments</source>
        <translation>{partnerships} partenariats · {activities} activités · {commitments} engagements</translation>
    </message>
    <message>
        <source>Each record of this kind ({kind}) belongs to a Talent Partnership, and this database has none yet. Create the partnership first?</source>
        <translation>Chaque fiche de ce type ({kind}) relève d&apos;un partenariat destiné à attirer les talents, et cette base de données n&apos;en contient encore aucun. Créer d&apos;abord le partenariat ?</translation>
    </message>
    <message>
        <source>&amp;Create Partnership…</source>
        <translation>&amp;Créer le partenariat…</translation>
    </message>
    <message>
        <source>That record ({kind}) no longer exists.</source>
        <translation>Cette fiche ({kind}) n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Delete: {kind}</source>
        <translation>Supprimer : {kind}</translation>
    </message>
    <message>
        <source>Delete “{caption}” ({kind})?
You can undo this with {key}.</source>
        <translation>Supprimer « {caption} » ({kind}) ?
Vous pourrez annuler avec {key}.</translation>
    </message>
    <message>
        <source>{reason}.
Remove it from them and delete it? You can undo this too.</source>
        <translation>{reason}.
L&apos;en retirer et la supprimer ? Vous pourrez aussi annuler.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>{path} already exists; use Open to open it.</source>
        <translation>{path} existe déjà ; utilisez Ouvrir pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardée dans {path}</translation>
    </message>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>Échec de la sauvegarde automatique : {reason}</translation>
    </message>
    <message>
        <source>Restored {backup}; the database as it was is in {kept}</source>
        <translation>{backup} restaurée ; la base de données telle qu&apos;elle était se trouve dans {kept}</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>Chiffrer la base de données</translation>
    </message>
    <message>
        <source>The database is encrypted. Earlier copies of the plain file may persist on the disk.</source>
        <translation>La base de données est chiffrée. Des copies antérieures du fichier en clair peuvent subsister sur le disque.</translation>
    </message>
    <message>
        <source> Plain copies left:{files}</source>
        <translation> Copies en clair restantes :{files}</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer de phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <source>Export register to Excel</source>
        <translation>Exporter le registre vers Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>Exportation vers Excel…</translation>
    </message>
    <message>
        <source>Empty Excel template</source>
        <translation>Modèle Excel vierge</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Écriture du modèle…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Import Exchange File</source>
        <translation>Importer un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>Exchange files (*.tpx);;All files (*)</source>
        <translation>Fichiers d&apos;échange (*.tpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Only the secretariat&apos;s copy of the register can grant recovery requests; this copy is a delegate&apos;s</source>
        <translation>Seule la copie du registre du secrétariat peut répondre aux demandes de récupération ; cette copie est celle d&apos;un délégué</translation>
    </message>
    <message>
        <source>No server to sync with: sign in under Edit › Preferences › Server</source>
        <translation>Aucun serveur avec lequel synchroniser : connectez-vous dans Édition › Préférences › Serveur</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>About tpdesk</source>
        <translation>À propos de tpdesk</translation>
    </message>
    <message>
        <source>Prepare EU Talent Partnership roundtables offline: the register, briefing packs, Word and Excel.</source>
        <translation>Préparer hors ligne les tables rondes des partenariats de l&apos;UE destinés à attirer les talents : le registre, les dossiers d&apos;information, Word et Excel.</translation>
    </message>
    <message>
        <source>{verb} {step}</source>
        <translation>{verb} {step}</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>PUBLIC</source>
        <translation>PUBLIC</translation>
    </message>
    <message>
        <source>LIMITED</source>
        <translation>LIMITÉ</translation>
    </message>
    <message>
        <source>SENSITIVE</source>
        <translation>SENSIBLE</translation>
    </message>
</context>
<context>
    <name>MergeWizard</name>
    <message>
        <source>Import Exchange File</source>
        <translation>Importer un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>{what} from {sender}.</source>
        <translation>{what} de {sender}.</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Dossier d&apos;information</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Export Exchange File</source>
        <translation>Exporter un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>Reply: every change they have not had yet</source>
        <translation>Réponse : toutes les modifications qu&apos;ils n&apos;ont pas encore reçues</translation>
    </message>
    <message>
        <source>Pack: {title}</source>
        <translation>Dossier : {title}</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Exchange files (*.tpx)</source>
        <translation>Fichiers d&apos;échange (*.tpx)</translation>
    </message>
    <message>
        <source>choose a file to write</source>
        <translation>choisissez un fichier à écrire</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field} : {reason}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Tous les partenariats</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>{kind} records: {filters}</source>
        <translation>Fiches {kind} : {filters}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>Attached to:</source>
        <translation>Rattachée à :</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Private: never exported. Internal: LIMITED and SENSITIVE packs. Shareable: every pack, PUBLIC ones too.</source>
        <translation>Privée : jamais exportée. Interne : dossiers LIMITÉ et SENSIBLE. Partageable : tous les dossiers, PUBLIC compris.</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Visibilité :</translation>
    </message>
</context>
<context>
    <name>NoteVisibility</name>
    <message>
        <source>Private (never exported)</source>
        <translation>Privée (jamais exportée)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Partageable</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>e.g. ILO</source>
        <translation>p. ex. OIT</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Nom abrégé :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>EU institution</source>
        <translation>Institution de l&apos;UE</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>État membre</translation>
    </message>
    <message>
        <source>Partner-country authority</source>
        <translation>Autorité du pays partenaire</translation>
    </message>
    <message>
        <source>Implementing agency</source>
        <translation>Agence d&apos;exécution</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <source>Employer or business association</source>
        <translation>Employeur ou organisation professionnelle</translation>
    </message>
    <message>
        <source>Social partner</source>
        <translation>Partenaire social</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nouvelle échéance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Pas de changement</translation>
    </message>
    <message>
        <source>Record outcome: {roundtable}</source>
        <translation>Consigner les résultats : {roundtable}</translation>
    </message>
    <message>
        <source>The roundtable was &amp;held</source>
        <translation>La table ronde s&apos;est &amp;tenue</translation>
    </message>
    <message>
        <source>Outcome summary: what was agreed, in a few lines</source>
        <translation>Résumé des résultats : ce qui a été convenu, en quelques lignes</translation>
    </message>
    <message>
        <source>Outcome summary</source>
        <translation>Résumé des résultats</translation>
    </message>
    <message>
        <source>New commitments</source>
        <translation>Nouveaux engagements</translation>
    </message>
    <message>
        <source>Reviewed commitments</source>
        <translation>Engagements examinés</translation>
    </message>
    <message>
        <source>Outcome of &apos;{commitment}&apos;</source>
        <translation>Résultat de « {commitment} »</translation>
    </message>
    <message>
        <source>&amp;New commitments: Tab moves on, a new row opens as you type</source>
        <translation>&amp;Nouveaux engagements : Tab passe au champ suivant, une nouvelle ligne s&apos;ouvre à la saisie</translation>
    </message>
    <message>
        <source>&amp;Reviewed commitments: choose an outcome, or type a new due date</source>
        <translation>Engagements &amp;examinés : choisissez un résultat ou saisissez une nouvelle échéance</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>Ad hoc meeting</source>
        <translation>Réunion ad hoc</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>(deleted roundtable)</source>
        <translation>(table ronde supprimée)</translation>
    </message>
    <message>
        <source>The roundtable the pack is for, or an ad hoc meeting of one partnership on a date</source>
        <translation>La table ronde à laquelle le dossier est destiné, ou une réunion ad hoc d&apos;un partenariat à une date</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion :</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Partenariat :</translation>
    </message>
    <message>
        <source>Meeting date:</source>
        <translation>Date de la réunion :</translation>
    </message>
    <message>
        <source>e.g. Italian delegation, Commission (DG HOME)</source>
        <translation>p. ex. délégation italienne, Commission (DG HOME)</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Printed in the header of every page</source>
        <translation>Imprimé dans l&apos;en-tête de chaque page</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>Marquage :</translation>
    </message>
    <message>
        <source>The language of the pack&apos;s headings, labels and generated sentences; Arabic packs read right to left. The register&apos;s own text stays as written.</source>
        <translation>La langue des titres, des libellés et des phrases générées du dossier ; un dossier en arabe se lit de droite à gauche. Le texte du registre reste tel qu&apos;il a été saisi.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>A list with nothing ticked does not narrow the pack. Single records are pinned or excluded from the pack builder&apos;s preview.</source>
        <translation>Une liste où rien n&apos;est coché ne restreint pas le dossier. Les fiches isolées sont épinglées ou exclues depuis l&apos;aperçu du dossier.</translation>
    </message>
    <message>
        <source>(deleted partnership)</source>
        <translation>(partenariat supprimé)</translation>
    </message>
    <message>
        <source>Partnerships:</source>
        <translation>Partenariats :</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Secteurs :</translation>
    </message>
    <message>
        <source>Member States:</source>
        <translation>États membres :</translation>
    </message>
    <message>
        <source>Activity categories:</source>
        <translation>Catégories d&apos;activités :</translation>
    </message>
    <message>
        <source>Funding instruments:</source>
        <translation>Instruments de financement :</translation>
    </message>
    <message>
        <source>Commitment statuses:</source>
        <translation>États des engagements :</translation>
    </message>
    <message>
        <source>Pack settings</source>
        <translation>Paramètres du dossier</translation>
    </message>
</context>
<context>
    <name>PackAgenda</name>
    <message>
        <source>This roundtable has no agenda: the pack keeps its own sections. Add an item to shape the pack by the agenda: a short front part, then a briefing note per item.</source>
        <translation>Cette table ronde n&apos;a pas d&apos;ordre du jour : le dossier garde ses propres sections. Ajoutez un point pour structurer le dossier selon l&apos;ordre du jour : une courte partie introductive, puis une note d&apos;information par point.</translation>
    </message>
    <message>
        <source>A pack for an ad hoc meeting has no agenda; it keeps its own sections.</source>
        <translation>Un dossier pour une réunion ad hoc n&apos;a pas d&apos;ordre du jour ; il garde ses propres sections.</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>The roundtable&apos;s agenda: the pack has a briefing note per item, in this order. Double-click to edit an item.</source>
        <translation>L&apos;ordre du jour de la table ronde : le dossier comporte une note d&apos;information par point, dans cet ordre. Double-cliquez pour modifier un point.</translation>
    </message>
    <message>
        <source>A new agenda item after the chosen one</source>
        <translation>Un nouveau point de l&apos;ordre du jour après celui choisi</translation>
    </message>
    <message>
        <source>Take the item off the agenda; Undo puts it back</source>
        <translation>Retirer le point de l&apos;ordre du jour ; Annuler le rétablit</translation>
    </message>
    <message>
        <source>Purpo&amp;se</source>
        <translation>O&amp;bjet</translation>
    </message>
    <message>
        <source>B&amp;ackground</source>
        <translation>C&amp;ontexte</translation>
    </message>
    <message>
        <source>Lines &amp;to take</source>
        <translation>&amp;Éléments de langage</translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation>In&amp;sérer un point…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>The item&apos;s title, lead and what it covers (Enter)</source>
        <translation>Le titre du point, son chef de file et ce qu&apos;il couvre (Entrée)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Plus haut</translation>
    </message>
    <message>
        <source>Move the item up the agenda (Ctrl+Up)</source>
        <translation>Monter le point dans l&apos;ordre du jour (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Plus bas</translation>
    </message>
    <message>
        <source>Move the item down the agenda (Ctrl+Down)</source>
        <translation>Descendre le point dans l&apos;ordre du jour (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Agenda of the roundtable:</source>
        <translation>Ordre du jour de la table ronde :</translation>
    </message>
    <message>
        <source>Item: {part}</source>
        <translation>Point : {part}</translation>
    </message>
    <message>
        <source>Leave empty for the text made from the register</source>
        <translation>Laisser vide pour le texte tiré du registre</translation>
    </message>
    <message>
        <source>One line to take per line</source>
        <translation>Un élément de langage par ligne</translation>
    </message>
    <message>
        <source>{part} (this pack):</source>
        <translation>{part} (ce dossier) :</translation>
    </message>
    <message>
        <source>Agenda not changed</source>
        <translation>Ordre du jour non modifié</translation>
    </message>
    <message>
        <source>everything in the pack</source>
        <translation>tout le contenu du dossier</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>All roundtables</source>
        <translation>Toutes les tables rondes</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: {}</source>
        <translation>Non enregistré : {}</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Show the packs of one roundtable</source>
        <translation>Afficher les dossiers d&apos;une table ronde</translation>
    </message>
    <message>
        <source>&amp;New pack</source>
        <translation>Nou&amp;veau dossier</translation>
    </message>
    <message>
        <source>A new pack for the roundtable, with every section</source>
        <translation>Un nouveau dossier pour la table ronde, avec toutes les sections</translation>
    </message>
    <message>
        <source>New from ear&amp;lier pack…</source>
        <translation>&amp;Copier un dossier…</translation>
    </message>
    <message>
        <source>A copy of the selected pack for another roundtable: same sections, filters and texts</source>
        <translation>Une copie du dossier sélectionné pour une autre table ronde : mêmes sections, filtres et textes</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>Param&amp;ètres…</translation>
    </message>
    <message>
        <source>Title, meeting, audience, marking and filters</source>
        <translation>Titre, réunion, destinataires, marquage et filtres</translation>
    </message>
    <message>
        <source>Delete pac&amp;k</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Delete the selected pack (Delete); undo brings it back</source>
        <translation>Supprimer le dossier sélectionné (Suppr) ; l&apos;annulation le rétablit</translation>
    </message>
    <message>
        <source>&amp;Roundtable:</source>
        <translation>&amp;Table ronde :</translation>
    </message>
    <message>
        <source>Briefing packs</source>
        <translation>Dossiers d&apos;information</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Briefing packs:</source>
        <translation>Dossiers d&apos;&amp;information :</translation>
    </message>
    <message>
        <source>Pack contents</source>
        <translation>Contenu du dossier</translation>
    </message>
    <message>
        <source>Pack editing</source>
        <translation>Édition du dossier</translation>
    </message>
    <message>
        <source>Se&amp;ctions</source>
        <translation>Sectio&amp;ns</translation>
    </message>
    <message>
        <source>Agen&amp;da</source>
        <translation>Ordre du &amp;jour</translation>
    </message>
    <message>
        <source>S&amp;ummary and issues</source>
        <translation>Résumé et &amp;questions</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>&amp;Word…</translation>
    </message>
    <message>
        <source>Write the pack as a Word document, ready to send or print</source>
        <translation>Écrire le dossier en document Word, prêt à envoyer ou à imprimer</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>The pack&apos;s activities and commitments as a workbook, for Member States to edit and send back</source>
        <translation>Les activités et engagements du dossier dans un classeur, que les États membres complètent et renvoient</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>The pack as one PDF book with bookmarks, for reading on a laptop or tablet without Word</source>
        <translation>Le dossier en un seul PDF avec signets, à lire sur un ordinateur portable ou une tablette sans Word</translation>
    </message>
    <message>
        <source>Ad hoc meetings</source>
        <translation>Réunions ad hoc</translation>
    </message>
    <message>
        <source>Every change is saved as you make it; Undo takes it back</source>
        <translation>Chaque modification est enregistrée aussitôt ; Annuler la défait</translation>
    </message>
    <message>
        <source>Briefing pack not saved</source>
        <translation>Dossier d&apos;information non enregistré</translation>
    </message>
    <message>
        <source>Your last change to the pack could not be saved: {reason}</source>
        <translation>Votre dernière modification du dossier n&apos;a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <source>(deleted record)</source>
        <translation>(fiche supprimée)</translation>
    </message>
    <message>
        <source>Line to take</source>
        <translation>Élément de langage</translation>
    </message>
    <message>
        <source>New briefing pack</source>
        <translation>Nouveau dossier d&apos;information</translation>
    </message>
    <message>
        <source>The roundtable the pack is for:</source>
        <translation>La table ronde à laquelle le dossier est destiné :</translation>
    </message>
    <message>
        <source>New from earlier pack</source>
        <translation>Nouveau d&apos;après un dossier antérieur</translation>
    </message>
    <message>
        <source>Copy “{title}” for the roundtable:</source>
        <translation>Copier « {title} » pour la table ronde :</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier d&apos;information</translation>
    </message>
    <message>
        <source>There is no roundtable yet: add one first (Edit ▸ New ▸ Roundtable).</source>
        <translation>Il n&apos;y a pas encore de table ronde : ajoutez-en une d&apos;abord (Édition ▸ Nouveau ▸ Table ronde).</translation>
    </message>
    <message>
        <source>Delete briefing pack</source>
        <translation>Supprimer le dossier d&apos;information</translation>
    </message>
    <message>
        <source>Delete the briefing pack “{title}”?
You can undo this with {key}.</source>
        <translation>Supprimer le dossier d&apos;information « {title} » ?
Vous pourrez annuler avec {key}.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>The pack could not be saved, so it cannot be exported: {reason}</source>
        <translation>Le dossier n&apos;a pas pu être enregistré et ne peut donc pas être exporté : {reason}</translation>
    </message>
</context>
<context>
    <name>PackExport</name>
    <message>
        <source>briefing pack</source>
        <translation>dossier d&apos;information</translation>
    </message>
    <message>
        <source>{title}: SENSITIVE, the file is written unencrypted</source>
        <translation>{title} : SENSIBLE, le fichier est écrit en clair</translation>
    </message>
    <message>
        <source>Export to {format}</source>
        <translation>Exporter au format {format}</translation>
    </message>
    <message>
        <source>Exporting to {format}…</source>
        <translation>Exportation au format {format}…</translation>
    </message>
    <message>
        <source>Ready for the roundtable?</source>
        <translation>Prêt pour la table ronde ?</translation>
    </message>
    <message numerus="yes">
        <source>The checklist has %Ln point(s) to check before the roundtable. Export anyway?</source>
        <translation>
            <numerusform>La liste de contrôle compte %Ln point à vérifier avant la table ronde. Exporter quand même ?</numerusform>
            <numerusform>La liste de contrôle compte %Ln points à vérifier avant la table ronde. Exporter quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Exporter quand même</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>The briefing pack was written to
{path}</source>
        <translation>Le dossier d&apos;information a été écrit dans
{path}</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>PackPreview</name>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln paragraphe</numerusform>
            <numerusform>%Ln paragraphes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bullet(s)</source>
        <translation>
            <numerusform>%Ln puce</numerusform>
            <numerusform>%Ln puces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delegate note(s)</source>
        <translation>
            <numerusform>%Ln note de délégué</numerusform>
            <numerusform>%Ln notes de délégués</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what} : {count}</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Key figures: </source>
        <translation>Chiffres clés : </translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>title page</source>
        <translation>page de titre</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tables, {rows}</source>
        <translation>
            <numerusform>%Ln tableau, {rows}</numerusform>
            <numerusform>%Ln tableaux, {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>timeline of {activities}</source>
        <translation>chronologie de {activities}</translation>
    </message>
    <message>
        <source>key figures</source>
        <translation>chiffres clés</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more in the chart.</source>
        <translation>
            <numerusform>… et %Ln autre dans le graphique.</numerusform>
            <numerusform>… et %Ln autres dans le graphique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>Graphique chronologique</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more in the Word document.</source>
        <translation>
            <numerusform>… et %Ln autre dans le document Word.</numerusform>
            <numerusform>… et %Ln autres dans le document Word.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more row(s) in the Word document.</source>
        <translation>
            <numerusform>… et %Ln autre ligne dans le document Word.</numerusform>
            <numerusform>… et %Ln autres lignes dans le document Word.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackPreviewPane</name>
    <message>
        <source>Assembling the pack…</source>
        <translation>Assemblage du dossier…</translation>
    </message>
    <message>
        <source>Pack summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Right-click a record to open, pin or exclude it, or to add a line to take on it</source>
        <translation>Clic droit sur une fiche pour l&apos;ouvrir, l&apos;épingler, l&apos;exclure ou y ajouter un élément de langage</translation>
    </message>
    <message>
        <source>Ready for the roundtable checklist</source>
        <translation>Liste de contrôle « Prêt pour la table ronde »</translation>
    </message>
    <message>
        <source>What a careful reader would flag before the roundtable. Fix it in the register, or leave the record or section out of the pack; the list updates as you go.</source>
        <translation>Ce qu&apos;un lecteur attentif relèverait avant la table ronde. Corrigez-le dans le registre, ou retirez la fiche ou la section du dossier ; la liste se met à jour au fur et à mesure.</translation>
    </message>
    <message>
        <source>Checklist count</source>
        <translation>Nombre de points à vérifier</translation>
    </message>
    <message>
        <source>Preview and checklist</source>
        <translation>Aperçu et liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Outline and preview</source>
        <translation>Plan et aper&amp;çu</translation>
    </message>
    <message>
        <source>Read&amp;y for the roundtable</source>
        <translation>Prêt pour &amp;la table ronde</translation>
    </message>
    <message>
        <source>No briefing pack here yet: choose a roundtable and press New pack, or start from an earlier pack.</source>
        <translation>Pas encore de dossier d&apos;information ici : choisissez une table ronde et appuyez sur Nouveau dossier, ou partez d&apos;un dossier antérieur.</translation>
    </message>
    <message>
        <source>The pack cannot be assembled: {message}</source>
        <translation>Le dossier ne peut pas être assemblé : {message}</translation>
    </message>
    <message>
        <source> · agenda items: {count}</source>
        <translation> · points de l&apos;ordre du jour : {count}</translation>
    </message>
    <message>
        <source> · {count} of {all} sections included</source>
        <translation> · {count} sections retenues sur {all}</translation>
    </message>
    <message>
        <source> · activities: {activities} · commitments: {commitments}</source>
        <translation> · activités : {activities} · engagements : {commitments}</translation>
    </message>
    <message>
        <source>Open the record to put it right (Enter)</source>
        <translation>Ouvrir la fiche pour la corriger (Entrée)</translation>
    </message>
    <message>
        <source>Nothing to flag: the pack is ready for the roundtable.</source>
        <translation>Rien à signaler : le dossier est prêt pour la table ronde.</translation>
    </message>
    <message>
        <source>Read&amp;y for the roundtable ({count})</source>
        <translation>Prêt pour &amp;la table ronde ({count})</translation>
    </message>
    <message>
        <source>Read&amp;y for the roundtable ✓</source>
        <translation>Prêt pour &amp;la table ronde ✓</translation>
    </message>
    <message>
        <source>To check: {count}</source>
        <translation>À vérifier : {count}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>The “Ready for the roundtable” checklist</source>
        <translation>La liste de contrôle « Prêt pour la table ronde »</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Pin to this pack</source>
        <translation>É&amp;pingler à ce dossier</translation>
    </message>
    <message>
        <source>E&amp;xclude from this pack</source>
        <translation>E&amp;xclure de ce dossier</translation>
    </message>
    <message>
        <source>&amp;Line to take on this record…</source>
        <translation>Élément de &amp;langage sur cette fiche…</translation>
    </message>
</context>
<context>
    <name>PackRecords</name>
    <message>
        <source>Pinned records</source>
        <translation>Fiches épinglées</translation>
    </message>
    <message>
        <source>Records kept in the pack whatever its filters say; pin them from the preview&apos;s context menu</source>
        <translation>Fiches gardées dans le dossier quels que soient ses filtres ; épinglez-les depuis le menu contextuel de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Excluded records</source>
        <translation>Fiches exclues</translation>
    </message>
    <message>
        <source>Records left out of the pack whatever its filters say; exclude them from the preview&apos;s context menu</source>
        <translation>Fiches laissées hors du dossier quels que soient ses filtres ; excluez-les depuis le menu contextuel de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>P&amp;inned records:</source>
        <translation>Fiches &amp;épinglées :</translation>
    </message>
    <message>
        <source>Excluded record&amp;s:</source>
        <translation>Fic&amp;hes exclues :</translation>
    </message>
    <message>
        <source>P&amp;inned records</source>
        <translation>Fiches &amp;épinglées</translation>
    </message>
    <message>
        <source>Excluded record&amp;s</source>
        <translation>Fic&amp;hes exclues</translation>
    </message>
    <message>
        <source>Stop pinning the selected record (Delete)</source>
        <translation>Ne plus épingler la fiche sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Include &amp;again</source>
        <translation>Réinté&amp;grer</translation>
    </message>
    <message>
        <source>Stop excluding the selected record (Delete)</source>
        <translation>Ne plus exclure la fiche sélectionnée (Suppr)</translation>
    </message>
</context>
<context>
    <name>PackSections</name>
    <message>
        <source>The cover is made from the pack&apos;s settings: title, meeting, date, audience, marking and version.</source>
        <translation>La page de couverture est tirée des paramètres du dossier : titre, réunion, date, destinataires, marquage et version.</translation>
    </message>
    <message>
        <source>Paragraphs of the purpose and summary; leave a blank line between paragraphs.</source>
        <translation>Paragraphes de l&apos;objet et du résumé ; laissez une ligne vide entre les paragraphes.</translation>
    </message>
    <message>
        <source>Lines to take, one per line; they print as bullets. Lines on a single record are added from the preview&apos;s context menu.</source>
        <translation>Éléments de langage, un par ligne ; ils s&apos;impriment en puces. Ceux qui portent sur une seule fiche s&apos;ajoutent depuis le menu contextuel de l&apos;aperçu.</translation>
    </message>
    <message>
        <source>The annex lists every activity the pack covers; it has no free text.</source>
        <translation>L&apos;annexe liste toutes les activités couvertes par le dossier ; elle n&apos;a pas de texte libre.</translation>
    </message>
    <message>
        <source>Lines to take for this section, one per line; they print as bullets after the section&apos;s content.</source>
        <translation>Éléments de langage pour cette section, un par ligne ; ils s&apos;impriment en puces après le contenu de la section.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Tick to include a section. Drag, or Ctrl+Up and Ctrl+Down, to move it; F2 to rename it.</source>
        <translation>Cochez pour inclure une section. Glissez-la, ou Ctrl+Haut et Ctrl+Bas, pour la déplacer ; F2 pour la renommer.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the section up (Ctrl+Up)</source>
        <translation>Monter la section (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the section down (Ctrl+Down)</source>
        <translation>Descendre la section (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <source>Give the section its own title (F2)</source>
        <translation>Donner à la section son propre titre (F2)</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>About the section text</source>
        <translation>À propos du texte de la section</translation>
    </message>
    <message>
        <source>Section &amp;text:</source>
        <translation>Texte de la &amp;section :</translation>
    </message>
    <message>
        <source>Sections (tick to include, drag to reorder):</source>
        <translation>Sections (cocher pour inclure, glisser pour réordonner) :</translation>
    </message>
    <message>
        <source>Section &amp;text — {heading}:</source>
        <translation>Texte de la &amp;section — {heading} :</translation>
    </message>
    <message>
        <source> (left out)</source>
        <translation> (non retenue)</translation>
    </message>
</context>
<context>
    <name>PackTextsPanel</name>
    <message>
        <source>Key &amp;messages</source>
        <translation>Messages clé&amp;s</translation>
    </message>
    <message>
        <source>Your own key messages, one per line</source>
        <translation>Vos propres messages clés, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Issues for decision</source>
        <translation>Questions appelant une décisi&amp;on</translation>
    </message>
    <message>
        <source>Other issues for decision, one per line</source>
        <translation>Autres questions appelant une décision, une par ligne</translation>
    </message>
    <message>
        <source>Found in the register when the pack has an agenda. Untick to leave one out; F2 or double-click to reword it: your words stay when the pack is made again.</source>
        <translation>Tirés du registre lorsque le dossier a un ordre du jour. Décochez pour en écarter un ; F2 ou double-clic pour le reformuler : vos termes sont conservés lorsque le dossier est refait.</translation>
    </message>
    <message>
        <source>The register says: {text}</source>
        <translation>Le registre indique : {text}</translation>
    </message>
    <message>
        <source>Left out of the pack; tick to print it</source>
        <translation>Hors du dossier ; cochez pour l&apos;imprimer</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>— choose a country —</source>
        <translation>— choisir un pays —</translation>
    </message>
    <message>
        <source>Partner country:</source>
        <translation>Pays partenaire :</translation>
    </message>
    <message>
        <source>e.g. EU-Tunisia Talent Partnership</source>
        <translation>p. ex. partenariat UE-Tunisie destiné à attirer les talents</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Launch date:</source>
        <translation>Date de lancement :</translation>
    </message>
    <message>
        <source>e.g. ICT, health, construction</source>
        <translation>p. ex. TIC, santé, construction</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Secteurs :</translation>
    </message>
    <message>
        <source>Member States:</source>
        <translation>États membres :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
</context>
<context>
    <name>PartnershipStatus</name>
    <message>
        <source>Exploratory</source>
        <translation>Exploratoire</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lancé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Recorded as who made each change; empty: your login name</source>
        <translation>Consigné comme auteur de chaque modification ; vide : votre nom de session</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Dossier d&apos;exportation par défaut</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Browse for the export folder</source>
        <translation>Choisir le dossier d&apos;exportation</translation>
    </message>
    <message>
        <source>Export folder error</source>
        <translation>Erreur de dossier d&apos;exportation</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Dossier d&apos;&amp;exportation par défaut :</translation>
    </message>
    <message>
        <source>Default export folder: {folder!r} is not a folder</source>
        <translation>Dossier d&apos;exportation par défaut : {folder!r} n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies when tpdesk is started again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de tpdesk.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Serve&amp;ur</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier d&apos;information</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Changed since you opened it</source>
        <translation>Modifiée depuis son ouverture</translation>
    </message>
    <message>
        <source>This {kind} was removed for good since you opened it, so it cannot be saved.</source>
        <translation>Cette fiche ({kind}) a été supprimée définitivement depuis que vous l&apos;avez ouverte ; elle ne peut donc pas être enregistrée.</translation>
    </message>
    <message>
        <source>This {kind} was deleted since you opened it, by a merge, a sync or another window.</source>
        <translation>Cette fiche ({kind}) a été supprimée depuis que vous l&apos;avez ouverte, par une fusion, une synchronisation ou une autre fenêtre.</translation>
    </message>
    <message>
        <source>This {kind} was changed since you opened it, by a merge, a sync or another window.</source>
        <translation>Cette fiche ({kind}) a été modifiée depuis que vous l&apos;avez ouverte, par une fusion, une synchronisation ou une autre fenêtre.</translation>
    </message>
    <message>
        <source>Reload shows it as it is now; your changes here are dropped. </source>
        <translation>Recharger l&apos;affiche dans son état actuel ; vos modifications ici sont abandonnées. </translation>
    </message>
    <message>
        <source>Keep Mine saves your changes over it: where both of you changed the same field, the other value goes to the Conflicts view, where it can still be chosen.</source>
        <translation>Conserver mes modifications enregistre vos modifications par-dessus : lorsque vous avez tous deux modifié le même champ, l&apos;autre valeur est placée dans la vue Conflits, où elle peut encore être choisie.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Restore and &amp;Keep Mine</source>
        <translation>Restaurer et &amp;conserver mes modifications</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conserver mes modifications</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Forgotten passphrase</source>
        <translation>Phrase secrète oubliée</translation>
    </message>
    <message>
        <source>1. Write a recovery request and send it to the secretariat.</source>
        <translation>1. Écrivez une demande de récupération et envoyez-la au secrétariat.</translation>
    </message>
    <message>
        <source>The unlock file received</source>
        <translation>Le fichier de déverrouillage reçu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the unlock file</source>
        <translation>Choisir le fichier de déverrouillage</translation>
    </message>
    <message>
        <source>Read out to you by phone</source>
        <translation>Lu par téléphone</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La même, à nouveau</translation>
    </message>
    <message>
        <source>Unlock &amp;file:</source>
        <translation>&amp;Fichier de déverrouillage :</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>À nouv&amp;eau :</translation>
    </message>
    <message>
        <source>&amp;Apply and open</source>
        <translation>&amp;Appliquer et ouvrir</translation>
    </message>
    <message>
        <source>&amp;Write recovery request…</source>
        <translation>Écrire la &amp;demande de récupération…</translation>
    </message>
    <message>
        <source>Save the request file to send to the secretariat</source>
        <translation>Enregistrer le fichier de demande à envoyer au secrétariat</translation>
    </message>
    <message>
        <source>2. When the secretariat sends back an unlock file and reads you a one-time code, enter them with a new passphrase.</source>
        <translation>2. Lorsque le secrétariat vous renvoie un fichier de déverrouillage et vous lit un code à usage unique, saisissez-les avec une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Write recovery request</source>
        <translation>Écrire la demande de récupération</translation>
    </message>
    <message>
        <source>Recovery requests (*.json)</source>
        <translation>Demandes de récupération (*.json)</translation>
    </message>
    <message>
        <source>Request written to {file}. Send it to {names}; they will send back an unlock file and read you a one-time code by phone.</source>
        <translation>Demande écrite dans {file}. Envoyez-la à {names} ; vous recevrez en retour un fichier de déverrouillage et un code à usage unique lu par téléphone.</translation>
    </message>
    <message>
        <source>Open unlock file</source>
        <translation>Ouvrir le fichier de déverrouillage</translation>
    </message>
    <message>
        <source>Unlock files (*.json);;All files (*)</source>
        <translation>Fichiers de déverrouillage (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the unlock file first.</source>
        <translation>Choisissez d&apos;abord le fichier de déverrouillage.</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Saisissez le code à usage unique.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>La phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <source>Partnership:</source>
        <translation>Partenariat :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Adopted at:</source>
        <translation>Adoptée lors de :</translation>
    </message>
    <message>
        <source>Adopted on:</source>
        <translation>Adoptée le :</translation>
    </message>
    <message>
        <source>Period start:</source>
        <translation>Début de la période :</translation>
    </message>
    <message>
        <source>Period end:</source>
        <translation>Fin de la période :</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>&amp;Add objective</source>
        <translation>&amp;Ajouter un objectif</translation>
    </message>
    <message>
        <source>&amp;Remove objective</source>
        <translation>&amp;Retirer l&apos;objectif</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objectifs :</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Funding</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Lead Member State</source>
        <translation>État membre chef de file</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Partner authority</source>
        <translation>Autorité partenaire</translation>
    </message>
</context>
<context>
    <name>Roundtable</name>
    <message>
        <source>Partnership:</source>
        <translation>Partenariat :</translation>
    </message>
    <message>
        <source>1 for the first roundtable of the partnership, 2 for the second…</source>
        <translation>1 pour la première table ronde du partenariat, 2 pour la deuxième…</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>e.g. Tunis</source>
        <translation>p. ex. Tunis</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Outcome summary:</source>
        <translation>Résumé des résultats :</translation>
    </message>
</context>
<context>
    <name>RoundtableStatus</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search titles, descriptions, commitments and notes…</source>
        <translation>Rechercher dans les titres, descriptions, engagements et notes…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln trouvé</numerusform>
            <numerusform>%Ln trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln found</source>
        <translation>
            <numerusform>{shown} sur %Ln trouvé</numerusform>
            <numerusform>{shown} sur %Ln trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <source>Cover</source>
        <translation>Page de couverture</translation>
    </message>
    <message>
        <source>Purpose and summary</source>
        <translation>Objet et résumé</translation>
    </message>
    <message>
        <source>The partnership at a glance</source>
        <translation>Le partenariat en bref</translation>
    </message>
    <message>
        <source>Roadmap objectives and activities</source>
        <translation>Objectifs et activités de la feuille de route</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Matters arising</source>
        <translation>Points en suspens</translation>
    </message>
    <message>
        <source>Changes since the last roundtable</source>
        <translation>Évolutions depuis la dernière table ronde</translation>
    </message>
    <message>
        <source>Funding overview</source>
        <translation>Vue d&apos;ensemble du financement</translation>
    </message>
    <message>
        <source>Timeline of activities</source>
        <translation>Calendrier des activités</translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <source>Annex: activity register</source>
        <translation>Annexe : registre des activités</translation>
    </message>
    <message>
        <source>Summary and key messages</source>
        <translation>Résumé et messages clés</translation>
    </message>
    <message>
        <source>Issues for decision</source>
        <translation>Questions appelant une décision</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Remember the key on this computer (system keyring)</source>
        <translation>Mémoriser la clé sur cet ordinateur (trousseau du système)</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Changer de &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Encrypt This Database…</source>
        <translation>&amp;Chiffrer cette base de données…</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher, AES-256)</source>
        <translation>Chiffrée (SQLCipher, AES-256)</translation>
    </message>
    <message>
        <source>Not encrypted: anyone with the file can read it</source>
        <translation>Non chiffrée : quiconque a le fichier peut la lire</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
    <message>
        <source>Exports (Word, Excel, PDF) are never encrypted: they are meant to be sent.</source>
        <translation>Les exports (Word, Excel, PDF) ne sont jamais chiffrés : ils sont faits pour être envoyés.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La même, à nouveau</translation>
    </message>
    <message>
        <source>Also make a &amp;recovery key (shown once) in case the passphrase is forgotten</source>
        <translation>Créer aussi une clé de &amp;récupération (affichée une seule fois) au cas où la phrase secrète serait oubliée</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>La phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Faite le (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The database as it is now is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>La base de données dans son état actuel est d&apos;abord sauvegardée : une restauration peut donc être annulée en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>No backups yet: one is taken when tpdesk closes and every 30 minutes with changes.</source>
        <translation>Pas encore de sauvegarde : une sauvegarde est faite à la fermeture de tpdesk et toutes les 30 minutes en cas de modifications.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Write this recovery key down and keep it apart from the laptop. It is shown only now; it can open the database if the passphrase is forgotten.</source>
        <translation>Notez cette clé de récupération et conservez-la à l&apos;écart de l&apos;ordinateur portable. Elle n&apos;est affichée que maintenant ; elle peut ouvrir la base de données si la phrase secrète est oubliée.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>https://sync.example.eu</source>
        <translation>https://sync.example.eu</translation>
    </message>
    <message>
        <source>Sign-in token</source>
        <translation>Jeton de connexion</translation>
    </message>
    <message>
        <source>the one-time token the secretariat gave you</source>
        <translation>le jeton à usage unique fourni par le secrétariat</translation>
    </message>
    <message>
        <source>Server user name</source>
        <translation>Nom d’utilisateur sur le serveur</translation>
    </message>
    <message>
        <source>instead of a token: your user name on the server</source>
        <translation>au lieu d’un jeton : votre nom d’utilisateur sur le serveur</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>Se conn&amp;ecter</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Se déconnec&amp;ter</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Server a&amp;ddress:</source>
        <translation>A&amp;dresse du serveur :</translation>
    </message>
    <message>
        <source>Sign-in to&amp;ken:</source>
        <translation>&amp;Jeton de connexion :</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>No&amp;m d’utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role}) at {url}.</source>
        <translation>Connecté en tant que {user} ({role}) à {url}.</translation>
    </message>
    <message>
        <source>Not signed in: this copy works on its own and by exchange files.</source>
        <translation>Non connecté : cette copie fonctionne seule et par fichiers d&apos;échange.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Lists and panes</source>
        <translation>Listes et volets</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SkillLevel</name>
    <message>
        <source>Low-skilled</source>
        <translation>Peu qualifiés</translation>
    </message>
    <message>
        <source>Medium-skilled</source>
        <translation>Moyennement qualifiés</translation>
    </message>
    <message>
        <source>High-skilled</source>
        <translation>Hautement qualifiés</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modification en attente</numerusform>
            <numerusform>%Ln modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>{url}, signed in as {user} ({role})</source>
        <translation>{url}, connecté en tant que {user} ({role})</translation>
    </message>
    <message>
        <source>{problem}
Tried again every {minutes} minutes.</source>
        <translation>{problem}
Nouvel essai toutes les {minutes} minutes.</translation>
    </message>
    <message>
        <source>Last synced {time} UTC</source>
        <translation>Dernière synchronisation : {time} UTC</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Click to sync now (Ctrl+Shift+S)</source>
        <translation>Cliquer pour synchroniser maintenant (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Syncing… {done} of {total}</source>
        <translation>Synchronisation… {done} sur {total}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>internal error: {error} (logged to {log})</source>
        <translation>erreur interne : {error} (consignée dans {log})</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <source>(deleted record)</source>
        <translation>(fiche supprimée)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>Tracker</name>
    <message>
        <source>Commitment details</source>
        <translation>Détails de l&apos;engagement</translation>
    </message>
    <message>
        <source>Select a commitment to see its progress and record an update.</source>
        <translation>Sélectionnez un engagement pour voir son avancement et consigner une mise à jour.</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>Texte de l&apos;engagement</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Partenariat :</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Acteurs :</translation>
    </message>
    <message>
        <source>Made at:</source>
        <translation>Pris lors de :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Progress history, newest first</source>
        <translation>Historique de l&apos;avancement, le plus récent d&apos;abord</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Add an update</source>
        <translation>Ajouter une mise à jour</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouvel état</translation>
    </message>
    <message>
        <source>Update note</source>
        <translation>Note de mise à jour</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>Ce qui s&apos;est passé, en une ligne</translation>
    </message>
    <message>
        <source>Add update</source>
        <translation>Ajouter la mise à jour</translation>
    </message>
    <message>
        <source>Add progress update</source>
        <translation>Ajouter une mise à jour de l&apos;avancement</translation>
    </message>
    <message>
        <source>Add the update with today&apos;s date (Ctrl+Return)</source>
        <translation>Ajouter la mise à jour à la date du jour (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Update error</source>
        <translation>Erreur de mise à jour</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Nouvel &amp;état :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>(deleted organisation)</source>
        <translation>(organisation supprimée)</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Pas d&apos;échéance</translation>
    </message>
    <message>
        <source>No updates yet</source>
        <translation>Pas encore de mise à jour</translation>
    </message>
    <message>
        <source>The update was refused</source>
        <translation>La mise à jour a été refusée</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Fiches supprimées</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted record(s)</source>
        <translation>
            <numerusform>%Ln fiche supprimée</numerusform>
            <numerusform>%Ln fiches supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln deleted record(s) for good?
This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %Ln fiche supprimée ?
Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %Ln fiches supprimées ?
Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>Impossible de vider la corbeille</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>{kept} deleted records stay in the trash until a file from {names} shows that their copy has the deletion too; emptied earlier, an old edit of theirs would bring a record back.</source>
        <translation>{kept} fiches supprimées restent dans la corbeille jusqu&apos;à ce qu&apos;un fichier de {names} montre que leur copie comporte aussi la suppression ; si la corbeille était vidée plus tôt, une ancienne modification de leur part ferait revenir une fiche.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>New {kind}</source>
        <translation>Nouveau : {kind}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>{value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{value!r} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{end} is before {field} {start}</source>
        <translation>{end} est antérieure à {field} {start}</translation>
    </message>
    <message>
        <source>unknown country code {code!r} (ISO 3166 alpha-2 expected)</source>
        <translation>code pays inconnu {code!r} (ISO 3166 alpha-2 attendu)</translation>
    </message>
    <message>
        <source>{code} is not an EU Member State</source>
        <translation>{code} n&apos;est pas un État membre de l&apos;UE</translation>
    </message>
    <message>
        <source>{tag!r} is not a tag: no blanks around it, not empty</source>
        <translation>{tag!r} n&apos;est pas une étiquette : ni vide, ni espaces autour</translation>
    </message>
    <message>
        <source>no {noun} with id {record_id}</source>
        <translation>aucune fiche ({noun}) avec l&apos;identifiant {record_id}</translation>
    </message>
    <message>
        <source>{noun} {record_id} belongs to another partnership</source>
        <translation>{noun} {record_id} relève d&apos;un autre partenariat</translation>
    </message>
    <message>
        <source>{country_code} is an EU Member State, not a partner</source>
        <translation>{country_code} est un État membre de l&apos;UE, pas un partenaire</translation>
    </message>
    <message>
        <source>a partnership with {country_code} already exists</source>
        <translation>un partenariat avec {country_code} existe déjà</translation>
    </message>
    <message>
        <source>lists a Member State twice</source>
        <translation>mentionne deux fois un État membre</translation>
    </message>
    <message>
        <source>has an empty sector</source>
        <translation>comporte un secteur vide</translation>
    </message>
    <message>
        <source>a Member State needs its country code</source>
        <translation>un État membre doit avoir son code pays</translation>
    </message>
    <message>
        <source>must be from 1 to {max_roundtables}, not {number}</source>
        <translation>doit être compris entre 1 et {max_roundtables}, et non {number}</translation>
    </message>
    <message>
        <source>this partnership already has a {ordinal} roundtable</source>
        <translation>ce partenariat a déjà une table ronde n° {ordinal}</translation>
    </message>
    <message>
        <source>a held roundtable needs its date</source>
        <translation>une table ronde tenue doit avoir sa date</translation>
    </message>
    <message>
        <source>{date} is in the future for a held roundtable</source>
        <translation>{date} est dans le futur pour une table ronde tenue</translation>
    </message>
    <message>
        <source>an agenda item is listed twice</source>
        <translation>un point de l&apos;ordre du jour figure deux fois</translation>
    </message>
    <message>
        <source>item {i} has no title</source>
        <translation>le point {i} n&apos;a pas de titre</translation>
    </message>
    <message>
        <source>item {i} has an empty sector</source>
        <translation>le point {i} comporte un secteur vide</translation>
    </message>
    <message>
        <source>objective {i} has no code</source>
        <translation>l&apos;objectif {i} n&apos;a pas de code</translation>
    </message>
    <message>
        <source>code {code!r} is used twice</source>
        <translation>le code {code!r} est utilisé deux fois</translation>
    </message>
    <message>
        <source>objective {which} has no text</source>
        <translation>l&apos;objectif {which} n&apos;a pas de texte</translation>
    </message>
    <message>
        <source>organisation {organisation} is listed twice</source>
        <translation>l&apos;organisation {organisation} figure deux fois</translation>
    </message>
    <message>
        <source>organisation {organisation} has no role</source>
        <translation>l&apos;organisation {organisation} n&apos;a pas de rôle</translation>
    </message>
    <message>
        <source>line {i}: amount is negative</source>
        <translation>ligne {i} : le montant est négatif</translation>
    </message>
    <message>
        <source>line {i}: amount is larger than any programme (at most {amount})</source>
        <translation>ligne {i} : le montant dépasse celui de tout programme ({amount} au plus)</translation>
    </message>
    <message>
        <source>indicator {i} has no name</source>
        <translation>l&apos;indicateur {i} n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>indicator {i}: {name} {value!r} is out of range</source>
        <translation>indicateur {i} : {name} {value!r} est hors limites</translation>
    </message>
    <message>
        <source>must be from 0 to {count}</source>
        <translation>doit être compris entre 0 et {count}</translation>
    </message>
    <message>
        <source>a commitment needs at least one actor</source>
        <translation>un engagement doit avoir au moins un acteur</translation>
    </message>
    <message>
        <source>lists an actor twice</source>
        <translation>mentionne deux fois un acteur</translation>
    </message>
    <message>
        <source>update {i}: {date!r} is not a date (YYYY-MM-DD)</source>
        <translation>mise à jour {i} : {date!r} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>update {i}: {date} is in the future</source>
        <translation>mise à jour {i} : {date} est dans le futur</translation>
    </message>
    <message>
        <source>choose a roundtable, or a partnership and a meeting date</source>
        <translation>choisissez une table ronde, ou un partenariat et une date de réunion</translation>
    </message>
    <message>
        <source>a section is listed twice</source>
        <translation>une section figure deux fois</translation>
    </message>
    <message>
        <source>a record has two lines to take; merge them</source>
        <translation>une fiche a deux éléments de langage ; fusionnez-les</translation>
    </message>
    <message>
        <source>a part of the pack has two texts; merge them</source>
        <translation>une partie du dossier a deux textes ; fusionnez-les</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>{kind} register</source>
        <translation>Registre : {kind}</translation>
    </message>
    <message>
        <source>{kind} count</source>
        <translation>Nombre : {kind}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Keep these filters under a name, in the navigator</source>
        <translation>Garder ces filtres sous un nom, dans le navigateur</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>Nom de ces filtres :</translation>
    </message>
    <message>
        <source>{first}–{last} of {records}</source>
        <translation>{first}–{last} sur {records}</translation>
    </message>
    <message>
        <source> (of {all})</source>
        <translation> (sur {all})</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln selected</source>
        <translation>
            <numerusform> · %Ln sélectionnée</numerusform>
            <numerusform> · %Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {records}…</source>
        <translation>Supprimer {records}…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open {target}…</source>
        <translation>Ouvrir {target}…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
