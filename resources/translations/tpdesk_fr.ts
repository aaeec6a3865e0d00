<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <source>Conflicts and proposals from exchange files wait for a decision</source>
        <translation>Des conflits et des propositions issus de fichiers d&apos;échange attendent une décision</translation>
    </message>
    <message>
        <source>⚠ {count} to decide</source>
        <translation>⚠ {count} à trancher</translation>
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
    <message>
        <source>and {count} more planned</source>
        <translation>et {count} autres prévues</translation>
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
        <source>&lt;h4&gt;History&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Historique&lt;/h4&gt;</translation>
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
        <translation>&amp;Rechercher…</translation>
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
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Actualis&amp;er</translation>
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
        <translation>Volet des &amp;détails</translation>
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
        <translation>Ai&amp;de</translation>
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
        <source>Security</source>
        <translation>Sécurité</translation>
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
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>A new pack for the roundtable, with every section</source>
        <translation>Un nouveau dossier pour la table ronde, avec toutes les sections</translation>
    </message>
    <message>
        <source>New from ear&amp;lier pack…</source>
        <translation>Nouveau d&apos;après un dossier &amp;antérieur…</translation>
    </message>
    <message>
        <source>A copy of the selected pack for another roundtable: same sections, filters and texts</source>
        <translation>Une copie du dossier sélectionné pour une autre table ronde : mêmes sections, filtres et textes</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Title, meeting, audience, marking and filters</source>
        <translation>Titre, réunion, destinataires, marquage et filtres</translation>
    </message>
    <message>
        <source>Delete pac&amp;k</source>
        <translation>Supprimer le do&amp;ssier</translation>
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
        <translation>&amp;Dossiers d&apos;information :</translation>
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
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Summary and issues</source>
        <translation>Résumé et questions</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>Exporter vers &amp;Word…</translation>
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
    <name>Plural</name>
    <message>
        <source>1 partnership</source>
        <translation>1 partenariat</translation>
    </message>
    <message>
        <source>{count} partnerships</source>
        <translation>{count} partenariats</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>{count} organisations</source>
        <translation>{count} organisations</translation>
    </message>
    <message>
        <source>1 roundtable</source>
        <translation>1 table ronde</translation>
    </message>
    <message>
        <source>{count} roundtables</source>
        <translation>{count} tables rondes</translation>
    </message>
    <message>
        <source>1 roadmap</source>
        <translation>1 feuille de route</translation>
    </message>
    <message>
        <source>{count} roadmaps</source>
        <translation>{count} feuilles de route</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 activité</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>{count} activités</translation>
    </message>
    <message>
        <source>1 commitment</source>
        <translation>1 engagement</translation>
    </message>
    <message>
        <source>{count} commitments</source>
        <translation>{count} engagements</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notes</translation>
    </message>
    <message>
        <source>1 briefing pack</source>
        <translation>1 dossier d&apos;information</translation>
    </message>
    <message>
        <source>{count} briefing packs</source>
        <translation>{count} dossiers d&apos;information</translation>
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
        <translation>&amp;Parcourir…</translation>
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
    <message>
        <source>{count} found</source>
        <translation>{count} trouvés</translation>
    </message>
    <message>
        <source>{shown} of {total} found</source>
        <translation>{shown} sur {total} trouvés</translation>
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
    <message>
        <source>{count} deleted records</source>
        <translation>{count} fiches supprimées</translation>
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
        <source>Remove {count} deleted records for good?
This cannot be undone.</source>
        <translation>Supprimer définitivement {count} fiches supprimées ?
Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>Impossible de vider la corbeille</translation>
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
    <message>
        <source> · {count} selected</source>
        <translation> · {count} sélectionnées</translation>
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
</TS>
