<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Agreement</name>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Current draft (not signed)</source>
        <translation>Brouillon en cours (non signé)</translation>
    </message>
    <message>
        <source>Version {number}, signed {day}</source>
        <translation>Version {number}, signée le {day}</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparer des versions</translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation>Comparer deux versions</translation>
    </message>
    <message>
        <source>Additions are marked ＋ and underlined, removals − and struck through; moved boundaries say where they came from.</source>
        <translation>Les ajouts sont marqués ＋ et soulignés, les suppressions − et barrées&#xa0;; les limites déplacées indiquent d&apos;où elles viennent.</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version plus ancienne</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version plus récente</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>Brouillon en cours</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Only what changed</source>
        <translation>Seulement ce qui a changé</translation>
    </message>
    <message>
        <source>Show only what changed</source>
        <translation>N&apos;afficher que ce qui a changé</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Between {first} and {second}</source>
        <translation>Entre {first} et {second}</translation>
    </message>
    <message>
        <source>Between {names}</source>
        <translation>Entre {names}</translation>
    </message>
    <message>
        <source>There are no boundaries in this version.</source>
        <translation>Cette version ne contient aucune limite.</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Pourquoi c&apos;est important&#xa0;:</translation>
    </message>
    <message>
        <source>Signed by {names}</source>
        <translation>Signée par {names}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>{moved} from “{heading}”</source>
        <translation>{moved} depuis «&#xa0;{heading}&#xa0;»</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>(was “{heading}”)</source>
        <translation>(anciennement «&#xa0;{heading}&#xa0;»)</translation>
    </message>
    <message>
        <source>These two versions say the same.</source>
        <translation>Ces deux versions disent la même chose.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Aucune différence</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries have reached their review date. There is no rush: look at them when it suits you.</source>
        <translation>
            <numerusform>%n limite est arrivée à sa date de relecture. Rien ne presse&#xa0;: regardez-la quand cela vous convient.</numerusform>
            <numerusform>%n limites sont arrivées à leur date de relecture. Rien ne presse&#xa0;: regardez-les quand cela vous convient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries have reached their review date. There is no rush: look at them together when it suits you both.</source>
        <translation>
            <numerusform>%n limite est arrivée à sa date de relecture. Rien ne presse&#xa0;: regardez-la ensemble quand cela vous convient à tous les deux.</numerusform>
            <numerusform>%n limites sont arrivées à leur date de relecture. Rien ne presse&#xa0;: regardez-les ensemble quand cela vous convient à tous les deux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The heading “{title}” and its %n boundaries leave the draft. Undo brings them back.</source>
        <translation>
            <numerusform>L&apos;intitulé «&#xa0;{title}&#xa0;» et sa %n limite quittent le brouillon. Annuler les remet en place.</numerusform>
            <numerusform>L&apos;intitulé «&#xa0;{title}&#xa0;» et ses %n limites quittent le brouillon. Annuler les remet en place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n chosen suggestions as drafts</source>
        <translation>
            <numerusform>Ajouter %n suggestion choisie comme brouillon</numerusform>
            <numerusform>Ajouter les %n suggestions choisies comme brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n as drafts</source>
        <translation>
            <numerusform>Ajouter %n comme brouillon</numerusform>
            <numerusform>Ajouter %n comme brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen — you can change every word later</source>
        <translation>
            <numerusform>%n choisie — vous pourrez changer chaque mot plus tard</numerusform>
            <numerusform>%n choisies — vous pourrez changer chaque mot plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n clauses</source>
        <translation>
            <numerusform>Déplacer %n clause</numerusform>
            <numerusform>Déplacer %n clauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries</source>
        <translation>
            <numerusform>%n limite</numerusform>
            <numerusform>%n limites</numerusform>
        </translation>
    </message>
    <message>
        <source>I commit to this</source>
        <translation>Je m&apos;y engage</translation>
    </message>
    <message>
        <source> · confirmed with their own password at this computer</source>
        <translation> · confirmé avec son propre mot de passe sur cet ordinateur</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>The chosen boundary</source>
        <translation>La limite choisie</translation>
    </message>
    <message>
        <source>Choose a boundary to see it in full.</source>
        <translation>Choisissez une limite pour la voir en entier.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Boundary text</source>
        <translation>Texte de la limite</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>À revoir le</translation>
    </message>
    <message>
        <source>In your own words: what do we agree on?</source>
        <translation>Avec vos propres mots&#xa0;: sur quoi sommes-nous d&apos;accord&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Boundary</source>
        <translation>&amp;Limite</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Optional: why this matters to us</source>
        <translation>Facultatif&#xa0;: pourquoi c&apos;est important pour nous</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>&amp;Review by</source>
        <translation>À &amp;revoir le</translation>
    </message>
    <message>
        <source>Suggest new words…</source>
        <translation>Proposer d&apos;autres mots…</translation>
    </message>
    <message>
        <source>Suggest new words for this boundary</source>
        <translation>Proposer d&apos;autres mots pour cette limite</translation>
    </message>
    <message>
        <source>Adds a proposal beside this boundary; the agreed words stay in force until you both agree to the new ones.</source>
        <translation>Ajoute une proposition à côté de cette limite&#xa0;; les mots convenus restent valables jusqu&apos;à ce que vous soyez tous deux d&apos;accord sur les nouveaux.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove this boundary</source>
        <translation>Retirer cette limite</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Agreed boundaries are retired, not removed.</source>
        <translation>Les limites convenues sont mises de côté, pas supprimées.</translation>
    </message>
    <message>
        <source>This proposal would replace the boundary above it once you both agree.</source>
        <translation>Cette proposition remplacerait la limite au-dessus dès que vous serez tous deux d&apos;accord.</translation>
    </message>
    <message>
        <source>Retired: kept for your history, not part of what you sign.</source>
        <translation>Mise de côté&#xa0;: conservée pour votre histoire, hors de ce que vous signez.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Edit boundary text</source>
        <translation>Modifier le texte de la limite</translation>
    </message>
    <message>
        <source>Edit why it matters</source>
        <translation>Modifier «&#xa0;pourquoi c&apos;est important&#xa0;»</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Set review date</source>
        <translation>Fixer la date de relecture</translation>
    </message>
    <message>
        <source>Move boundary</source>
        <translation>Déplacer la limite</translation>
    </message>
    <message>
        <source>Where the agreement stands</source>
        <translation>Où en est l&apos;accord</translation>
    </message>
    <message>
        <source>Boundaries due for review</source>
        <translation>Limites à relire</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les voir</translation>
    </message>
    <message>
        <source>Show the boundaries due for review</source>
        <translation>Voir les limites à relire</translation>
    </message>
    <message>
        <source>Agreement actions</source>
        <translation>Actions sur l&apos;accord</translation>
    </message>
    <message>
        <source>Add a heading for related boundaries</source>
        <translation>Ajouter un intitulé pour des limites liées</translation>
    </message>
    <message>
        <source>Add boundary</source>
        <translation>Ajouter une limite</translation>
    </message>
    <message>
        <source>Add a boundary under the chosen heading</source>
        <translation>Ajouter une limite sous l&apos;intitulé choisi</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>J&apos;accepte</translation>
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
        <source>Sign…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <source>Sign a new version</source>
        <translation>Signer une nouvelle version</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the agreement as it stands</source>
        <translation>Imprimer l&apos;accord tel qu&apos;il est</translation>
    </message>
    <message>
        <source>I commit</source>
        <translation>Je m&apos;engage</translation>
    </message>
    <message>
        <source>Withdraw my agreement</source>
        <translation>Retirer mon accord</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>Versions signées</translation>
    </message>
    <message>
        <source>Find words in the agreement</source>
        <translation>Chercher des mots dans l&apos;accord</translation>
    </message>
    <message>
        <source>Show boundaries with status</source>
        <translation>Afficher les limites selon leur statut</translation>
    </message>
    <message>
        <source>All current boundaries</source>
        <translation>Toutes les limites actuelles</translation>
    </message>
    <message>
        <source>Everything, retired too</source>
        <translation>Tout, y compris mis de côté</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>Show only boundaries due for review</source>
        <translation>N&apos;afficher que les limites à relire</translation>
    </message>
    <message>
        <source>Your agreement is still empty</source>
        <translation>Votre accord est encore vide</translation>
    </message>
    <message>
        <source>Start from suggestions…</source>
        <translation>Partir de suggestions…</translation>
    </message>
    <message>
        <source>Start from suggested boundaries</source>
        <translation>Partir de limites suggérées</translation>
    </message>
    <message>
        <source>Write our own</source>
        <translation>Écrire les nôtres</translation>
    </message>
    <message>
        <source>Start with an empty heading</source>
        <translation>Commencer avec un intitulé vide</translation>
    </message>
    <message>
        <source>The agreement, by heading</source>
        <translation>L&apos;accord, par intitulé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Start from suggestions you can adopt or skip one by one, or write your own from scratch. Nothing is agreed until </source>
        <translation>Partez de suggestions que vous pouvez adopter ou laisser de côté une à une, ou écrivez les vôtres à partir de rien. Rien n&apos;est convenu tant que </translation>
    </message>
    <message>
        <source>you commit to it.</source>
        <translation>vous ne vous y êtes pas engagé·e.</translation>
    </message>
    <message>
        <source>each of you says yes.</source>
        <translation>chacun de vous n&apos;a pas dit oui.</translation>
    </message>
    <message>
        <source>Version {number} signed {day}</source>
        <translation>Version {number} signée le {day}</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Pas encore signé</translation>
    </message>
    <message>
        <source>Remove boundary</source>
        <translation>Retirer la limite</translation>
    </message>
    <message>
        <source>Propose a change</source>
        <translation>Proposer une modification</translation>
    </message>
    <message>
        <source>Add heading</source>
        <translation>Ajouter un intitulé</translation>
    </message>
    <message>
        <source>Rename heading</source>
        <translation>Renommer l&apos;intitulé</translation>
    </message>
    <message>
        <source>Move heading</source>
        <translation>Déplacer l&apos;intitulé</translation>
    </message>
    <message>
        <source>Remove heading</source>
        <translation>Retirer l&apos;intitulé</translation>
    </message>
    <message>
        <source>Adopt starter boundaries</source>
        <translation>Adopter des limites de départ</translation>
    </message>
    <message>
        <source>Suggestions are not available</source>
        <translation>Les suggestions ne sont pas disponibles</translation>
    </message>
    <message>
        <source>The starter suggestions could not be read. You can still write your own.</source>
        <translation>Les suggestions de départ n&apos;ont pas pu être lues. Vous pouvez toujours écrire les vôtres.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>You committed to these words. New words need a new commitment.</source>
        <translation>Vous vous êtes engagé·e sur ces mots. De nouveaux mots demandent un nouvel engagement.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>{names} agreed to these words. New words need each of you to agree again.</source>
        <translation>Ces mots ont été acceptés par {names}. De nouveaux mots demandent que chacun de vous donne à nouveau son accord.</translation>
    </message>
    <message>
        <source>Change words that were agreed?</source>
        <translation>Changer des mots qui ont été acceptés&#xa0;?</translation>
    </message>
    <message>
        <source> The last signed version stays as it is.</source>
        <translation> La dernière version signée reste telle quelle.</translation>
    </message>
    <message>
        <source>Change the words</source>
        <translation>Changer les mots</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>New heading</source>
        <translation>Nouvel intitulé</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Notre accord</translation>
    </message>
    <message>
        <source>New boundary</source>
        <translation>Nouvelle limite</translation>
    </message>
    <message>
        <source>this boundary.</source>
        <translation>cette limite.</translation>
    </message>
    <message>
        <source>You are agreeing to {words}</source>
        <translation>Vous acceptez {words}</translation>
    </message>
    <message>
        <source>You are taking back your agreement to {words}</source>
        <translation>Vous retirez votre accord à {words}</translation>
    </message>
    <message>
        <source>This boundary is agreed by both of you, so it is not deleted on its own. You can mark it “Needs talking about”, or retire it.</source>
        <translation>Cette limite est acceptée par vous deux&#xa0;: elle n&apos;est donc pas supprimée d&apos;un seul côté. Vous pouvez la marquer «&#xa0;À discuter&#xa0;», ou la mettre de côté.</translation>
    </message>
    <message>
        <source>Remove this boundary?</source>
        <translation>Retirer cette limite&#xa0;?</translation>
    </message>
    <message>
        <source>It leaves the draft. Signed versions keep it as it was. Undo brings it back.</source>
        <translation>Elle quitte le brouillon. Les versions signées la gardent telle qu&apos;elle était. Annuler la remet en place.</translation>
    </message>
    <message>
        <source>The empty heading “{title}” goes.</source>
        <translation>L&apos;intitulé vide «&#xa0;{title}&#xa0;» disparaît.</translation>
    </message>
    <message>
        <source>Remove this heading?</source>
        <translation>Retirer cet intitulé&#xa0;?</translation>
    </message>
    <message>
        <source>Each version is kept exactly as it was signed. Choose one to read it, compare it or print it.</source>
        <translation>Chaque version est conservée exactement telle qu&apos;elle a été signée. Choisissez-en une pour la lire, la comparer ou l&apos;imprimer.</translation>
    </message>
    <message>
        <source>Nothing has been signed yet. When every boundary is agreed, “Sign…” makes the first version.</source>
        <translation>Rien n&apos;a encore été signé. Quand chaque limite sera acceptée, «&#xa0;Signer…&#xa0;» créera la première version.</translation>
    </message>
    <message>
        <source>{name}: not signed yet</source>
        <translation>{name}&#xa0;: pas encore signé</translation>
    </message>
    <message>
        <source>{name} agrees to it…</source>
        <translation>{name} l&apos;accepte…</translation>
    </message>
    <message>
        <source>{name} agrees to this boundary, in their own name</source>
        <translation>{name} accepte cette limite, en son propre nom</translation>
    </message>
    <message>
        <source>{name} signs…</source>
        <translation>{name} signe…</translation>
    </message>
    <message>
        <source>{name} signs with their own password</source>
        <translation>{name} signe avec son propre mot de passe</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Sign together</source>
        <translation>Signer ensemble</translation>
    </message>
    <message>
        <source>Sign this version</source>
        <translation>Signer cette version</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close without signing</source>
        <translation>Fermer sans signer</translation>
    </message>
    <message>
        <source>your commitment</source>
        <translation>votre engagement</translation>
    </message>
    <message>
        <source>version {number} together</source>
        <translation>la version {number} ensemble</translation>
    </message>
    <message>
        <source>You are signing {what}. Please read it through first.</source>
        <translation>Vous signez {what}. Prenez le temps de le relire d&apos;abord.</translation>
    </message>
    <message>
        <source>{name}: confirmed ✓</source>
        <translation>{name}&#xa0;: confirmé ✓</translation>
    </message>
    <message>
        <source>Starting points</source>
        <translation>Points de départ</translation>
    </message>
    <message>
        <source>Starting points for your agreement</source>
        <translation>Des points de départ pour votre accord</translation>
    </message>
    <message>
        <source>Suggestions to adopt</source>
        <translation>Suggestions à adopter</translation>
    </message>
    <message>
        <source>The chosen suggestion</source>
        <translation>La suggestion choisie</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>Tout choisir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Add as drafts</source>
        <translation>Ajouter comme brouillons</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>Rien de choisi pour l&apos;instant</translation>
    </message>
    <message>
        <source>Why it can matter:</source>
        <translation>Pourquoi cela peut compter&#xa0;:</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Agreed by both</source>
        <translation>Acceptée par les deux</translation>
    </message>
    <message>
        <source>Needs talking about</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagement pris</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Acceptée par</translation>
    </message>
    <message>
        <source>Heading: {title}, {count}</source>
        <translation>Intitulé&#xa0;: {title}, {count}</translation>
    </message>
    <message>
        <source>{done} of {all} committed</source>
        <translation>Engagement pris&#xa0;: {done} sur {all}</translation>
    </message>
    <message>
        <source>{done} of {all} agreed</source>
        <translation>Acceptées&#xa0;: {done} sur {all}</translation>
    </message>
    <message>
        <source>{name}: yes, {day}</source>
        <translation>{name}&#xa0;: oui, le {day}</translation>
    </message>
    <message>
        <source>{name}: not yet</source>
        <translation>{name}&#xa0;: pas encore</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Pourquoi c&apos;est important&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{day} · time to review</source>
        <translation>{day} · à relire</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected happened</source>
        <translation>Un imprévu est survenu</translation>
    </message>
    <message>
        <source>TrustDesk ran into a problem it did not expect. Everything saved before is safe: each change is written the moment it is made.

If this happens again, close TrustDesk and open it again.</source>
        <translation>TrustDesk a rencontré un problème inattendu. Tout ce qui a été enregistré auparavant est en sécurité&#xa0;: chaque modification est écrite au moment où elle est faite.

Si cela se reproduit, fermez TrustDesk puis rouvrez-le.</translation>
    </message>
    <message>
        <source>This folder already holds a TrustDesk vault.</source>
        <translation>Ce dossier contient déjà un coffre TrustDesk.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Ceci est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>This folder already holds other files. Please choose an empty or new folder for the vault, for example with --vault and a new folder name.</source>
        <translation>Ce dossier contient déjà d&apos;autres fichiers. Choisissez un dossier vide ou nouveau pour le coffre, par exemple avec --vault et un nouveau nom de dossier.</translation>
    </message>
    <message>
        <source>TrustDesk last opened a vault in {folder}, which cannot be found now. If it is on a USB stick or another drive, connect it and start TrustDesk again.</source>
        <translation>TrustDesk a ouvert un coffre pour la dernière fois dans {folder}, introuvable pour le moment. S&apos;il se trouve sur une clé USB ou un autre disque, branchez-le et relancez TrustDesk.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>after change</source>
        <translation>après modification</translation>
    </message>
    <message>
        <source>before removal</source>
        <translation>avant retrait</translation>
    </message>
    <message>
        <source>replaced by restore</source>
        <translation>remplacée par une restauration</translation>
    </message>
    <message>
        <source>self test</source>
        <translation>autotest</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Your recovery code stays the same.</source>
        <translation>Votre code de récupération reste le même.</translation>
    </message>
    <message>
        <source>Your recovery code stays the same, and so does your partner&apos;s password.</source>
        <translation>Votre code de récupération reste le même, tout comme le mot de passe de votre partenaire.</translation>
    </message>
    <message>
        <source>Older backups are re-protected with your new password: afterwards they open with your new password or your recovery code, and your old password opens none of them.</source>
        <translation>Les anciennes sauvegardes sont protégées à nouveau avec votre nouveau mot de passe&#xa0;: elles s&apos;ouvriront ensuite avec celui-ci ou avec votre code de récupération, et votre ancien mot de passe n&apos;en ouvrira plus aucune.</translation>
    </message>
    <message>
        <source>Remove older backups instead (a fresh backup is made right after)</source>
        <translation>Supprimer plutôt les anciennes sauvegardes (une nouvelle sauvegarde est faite juste après)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Check-in</name>
    <message>
        <source>Comfort and safety</source>
        <translation>Bien-être et sécurité</translation>
    </message>
    <message>
        <source>Desire</source>
        <translation>Désir</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Garder telle quelle</translation>
    </message>
    <message>
        <source>Revisit together</source>
        <translation>En reparler ensemble</translation>
    </message>
    <message>
        <source>Not talked about</source>
        <translation>Pas abordée</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>rather not say</source>
        <translation>je préfère ne pas répondre</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} sur 10</translation>
    </message>
    <message>
        <source>{rhythm}, on {weekday}</source>
        <translation>{rhythm}, le {weekday}</translation>
    </message>
    <message>
        <source>Whenever you are ready, you could sit down for a first check-in.</source>
        <translation>Quand vous serez prêts, vous pourrez prendre le temps d&apos;un premier échange.</translation>
    </message>
    <message>
        <source>A check-in is due — whenever you both feel ready.</source>
        <translation>C&apos;est le moment d&apos;un échange — dès que vous vous sentez prêts tous les deux.</translation>
    </message>
    <message>
        <source>Your next check-in is planned for tomorrow.</source>
        <translation>Votre prochain échange est prévu pour demain.</translation>
    </message>
    <message>
        <source>Your next check-in is planned for {day}.</source>
        <translation>Votre prochain échange est prévu le {day}.</translation>
    </message>
    <message>
        <source>When the next check-in is</source>
        <translation>Date du prochain échange</translation>
    </message>
    <message>
        <source>Resume your check-in</source>
        <translation>Reprendre votre échange</translation>
    </message>
    <message>
        <source>Resume your paused check-in</source>
        <translation>Reprendre votre échange en pause</translation>
    </message>
    <message>
        <source>Start a check-in</source>
        <translation>Commencer un échange</translation>
    </message>
    <message>
        <source>Start a new check-in</source>
        <translation>Commencer un nouvel échange</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>a former partner</source>
        <translation>un·e ex-partenaire</translation>
    </message>
    <message>
        <source>Check-in of {day}</source>
        <translation>Échange du {day}</translation>
    </message>
    <message>
        <source>Taking part: {names}</source>
        <translation>Participants&#xa0;: {names}</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin-top:16px&apos;&gt;Boundaries looked at again&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin-top:16px&apos;&gt;Limites regardées à nouveau&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None talked about this time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune abordée cette fois-ci.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> — a new proposal is in the agreement</source>
        <translation> — une nouvelle proposition figure dans l&apos;accord</translation>
    </message>
    <message>
        <source>not planned yet</source>
        <translation>pas encore prévu</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin-top:16px&apos;&gt;My private reflection&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin-top:16px&apos;&gt;Ma réflexion personnelle&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Check-in summary</source>
        <translation>Résumé de l&apos;échange</translation>
    </message>
    <message>
        <source>TrustDesk · check-in summary</source>
        <translation>TrustDesk · résumé de l&apos;échange</translation>
    </message>
    <message>
        <source>Our check-in</source>
        <translation>Notre échange</translation>
    </message>
    <message>
        <source>How I feel now</source>
        <translation>Comment je me sens maintenant</translation>
    </message>
    <message>
        <source>Boundaries looked at again</source>
        <translation>Limites regardées à nouveau</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain échange</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Pas encore prévu</translation>
    </message>
    <message>
        <source>Type a number to answer (1 then 0 quickly for 10)</source>
        <translation>Tapez un chiffre pour répondre (1 puis 0 rapidement pour 10)</translation>
    </message>
    <message>
        <source>— means not answered. Type a number (1 then 0 quickly for 10).</source>
        <translation>— signifie sans réponse. Tapez un chiffre (1 puis 0 rapidement pour 10).</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Je préfère ne pas répondre</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>You can leave this empty.</source>
        <translation>Vous pouvez laisser ce champ vide.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation>Tous les … jours</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check-ins you save appear here, newest first.&lt;/p&gt;&lt;p&gt;A check-in takes a quarter of an hour or so: how each of you feels now, an effort you noticed, what feels good and what you would like more of, and what each of you needs this week. Every question can be skipped, and either of you can pause.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les échanges que vous enregistrez apparaissent ici, du plus récent au plus ancien.&lt;/p&gt;&lt;p&gt;Un échange prend environ un quart d&apos;heure&#xa0;: ce que chacun ressent maintenant, un effort que vous avez remarqué, ce qui fait du bien et ce dont vous aimeriez davantage, et ce dont chacun a besoin cette semaine. Chaque question peut être passée, et chacun de vous peut faire une pause.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Past check-ins</source>
        <translation>Échanges passés</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>The chosen check-in</source>
        <translation>L&apos;échange choisi</translation>
    </message>
    <message>
        <source>How often we check in</source>
        <translation>Le rythme de nos échanges</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>every </source>
        <translation>tous les </translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation>Tous les combien de jours</translation>
    </message>
    <message>
        <source>On which day</source>
        <translation>Quel jour</translation>
    </message>
    <message>
        <source>on any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>le {day}</translation>
    </message>
    <message>
        <source>A missed check-in is not a failure: start whenever you are ready.</source>
        <translation>Un échange manqué n&apos;est pas un échec&#xa0;: commencez quand vous êtes prêts.</translation>
    </message>
    <message>
        <source>The check-ins could not be read just now.</source>
        <translation>Les échanges n&apos;ont pas pu être lus pour le moment.</translation>
    </message>
    <message>
        <source>A check-in is paused. You can pick it up where you left off.</source>
        <translation>Un échange est en pause. Vous pouvez le reprendre là où vous l&apos;avez laissé.</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>pas prévu</translation>
    </message>
    <message>
        <source>{name}&apos;s turn</source>
        <translation>Au tour de {name}</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Se poser</translation>
    </message>
    <message>
        <source>Our ground rules: {rules}</source>
        <translation>Nos règles de base&#xa0;: {rules}</translation>
    </message>
    <message>
        <source>Who is here today?</source>
        <translation>Qui est là aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>{name} is here</source>
        <translation>{name} est là</translation>
    </message>
    <message>
        <source>Just you today — a check-in with yourself.</source>
        <translation>Vous seul·e aujourd&apos;hui — un échange avec vous-même.</translation>
    </message>
    <message>
        <source>Date of this check-in</source>
        <translation>Date de cet échange</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Taking turns</source>
        <translation>Chacun son tour</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>l&apos;autre</translation>
    </message>
    <message>
        <source>{name} begins</source>
        <translation>{name} commence</translation>
    </message>
    <message>
        <source>Each of you answers on your own. While {name} answers, {others} can step away from the screen. You will look at everything together at the end.</source>
        <translation>Chacun de vous répond de son côté. Pendant que {name} répond, {others} peut s&apos;éloigner de l&apos;écran. Vous regarderez tout ensemble à la fin.</translation>
    </message>
    <message>
        <source>I&apos;m {name} — begin</source>
        <translation>Je suis {name} — commencer</translation>
    </message>
    <message>
        <source>Please pass the screen to {name}</source>
        <translation>Passez l&apos;écran à {name}, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>{before}&apos;s answers are now out of sight. {name}, take your time; when you are ready, continue. Either of you can pause at any moment.</source>
        <translation>Les réponses de {before} ne sont plus visibles. {name}, prenez votre temps&#xa0;; quand vous êtes prêt·e, continuez. Chacun de vous peut faire une pause à tout moment.</translation>
    </message>
    <message>
        <source>I&apos;m {name} — continue</source>
        <translation>Je suis {name} — continuer</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Now, and what comes next</source>
        <translation>Maintenant, et la suite</translation>
    </message>
    <message>
        <source>Done — hand over to {name}</source>
        <translation>Terminé — passer le relais à {name}</translation>
    </message>
    <message>
        <source>Boundaries to look at again</source>
        <translation>Limites à regarder à nouveau</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Pas aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Boundary {number}: {choice}</source>
        <translation>Limite {number}&#xa0;: {choice}</translation>
    </message>
    <message>
        <source>A note for the conversation (optional)</source>
        <translation>Une note pour la conversation (facultatif)</translation>
    </message>
    <message>
        <source>Boundary {number}: note</source>
        <translation>Limite {number}&#xa0;: note</translation>
    </message>
    <message>
        <source>This week, and next time</source>
        <translation>Cette semaine, et la prochaine fois</translation>
    </message>
    <message>
        <source>Plan our next check-in for</source>
        <translation>Prévoir notre prochain échange le</translation>
    </message>
    <message>
        <source>Plan the next check-in</source>
        <translation>Prévoir le prochain échange</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>Date of the next check-in</source>
        <translation>Date du prochain échange</translation>
    </message>
    <message>
        <source>Your usual rhythm: {rhythm}.</source>
        <translation>Votre rythme habituel&#xa0;: {rhythm}.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Look at this together. Nothing is saved until you choose Save check-in.</source>
        <translation>Regardez cela ensemble. Rien n&apos;est enregistré tant que vous n&apos;avez pas choisi Enregistrer l&apos;échange.</translation>
    </message>
    <message>
        <source>Summary of this check-in</source>
        <translation>Résumé de cet échange</translation>
    </message>
    <message>
        <source>Just for me, {name} — stored only in my private space</source>
        <translation>Rien que pour moi, {name} — conservé uniquement dans mon espace privé</translation>
    </message>
    <message>
        <source>{name}&apos;s private reflection, stored only in {name}&apos;s private space</source>
        <translation>Réflexion personnelle de {name}, conservée uniquement dans l&apos;espace privé de {name}</translation>
    </message>
    <message>
        <source>A private note to yourself. Your partner cannot open it.</source>
        <translation>Une note privée pour vous-même. Votre partenaire ne peut pas l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Print or save the summary…</source>
        <translation>Imprimer ou enregistrer le résumé…</translation>
    </message>
    <message>
        <source>Print or save the summary</source>
        <translation>Imprimer ou enregistrer le résumé</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>&amp;Enregistrer l&apos;échange</translation>
    </message>
    <message>
        <source>Pause: keep this check-in for later and close</source>
        <translation>Pause&#xa0;: garder cet échange pour plus tard et fermer</translation>
    </message>
    <message>
        <source>Keeps everything so far, encrypted, and closes. Esc does the same.</source>
        <translation>Garde tout ce qui a été fait jusqu&apos;ici, chiffré, et ferme. Échap fait de même.</translation>
    </message>
    <message>
        <source>This check-in could not be saved</source>
        <translation>Cet échange n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The paused check-in could not be read</source>
        <translation>L&apos;échange en pause n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>Its saved state is damaged, so it cannot be opened again. You can start a new check-in instead; the damaged one is then set aside.</source>
        <translation>Son état enregistré est endommagé&#xa0;: il ne peut donc pas être rouvert. Vous pouvez commencer un nouvel échange à la place&#xa0;; celui qui est endommagé sera alors mis de côté.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>A check-in is paused</source>
        <translation>Un échange est en pause</translation>
    </message>
    <message>
        <source>You paused a check-in earlier. Would you like to start a new one instead? The paused one and its answers would then be set aside.</source>
        <translation>Vous avez mis un échange en pause tout à l&apos;heure. Souhaitez-vous plutôt en commencer un nouveau&#xa0;? L&apos;échange en pause et ses réponses seraient alors mis de côté.</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>En commencer un nouveau</translation>
    </message>
    <message>
        <source>Keep the paused one</source>
        <translation>Garder celui en pause</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Tous les jours</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Handing over — {name}&apos;s screen is hidden</source>
        <translation>Passage de relais — l&apos;écran de {name} est masqué</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>Passage de relais</translation>
    </message>
    <message>
        <source>It comes back as soon as this question closes.</source>
        <translation>Il revient dès que cette question se ferme.</translation>
    </message>
    <message>
        <source>Only {name} types here — the rest of the screen is hidden</source>
        <translation>Seul·e {name} tape ici — le reste de l&apos;écran est masqué</translation>
    </message>
</context>
<context>
    <name>Data: agreement starter</name>
    <message>
        <source>Starting points for your agreement</source>
        <translation>Des points de départ pour votre accord</translation>
    </message>
    <message>
        <source>These are only suggestions, to help you find your own words. Take what fits, change anything, and leave out whatever does not belong to your story. Nothing here is agreed until each of you says yes.</source>
        <translation>Ce ne sont que des suggestions, pour vous aider à trouver vos propres mots. Prenez ce qui vous convient, changez ce que vous voulez et laissez de côté ce qui n&apos;appartient pas à votre histoire. Rien n&apos;est convenu tant que chacun de vous n&apos;a pas dit oui.</translation>
    </message>
    <message>
        <source>Exclusivity and what it means to us</source>
        <translation>L&apos;exclusivité et ce qu&apos;elle signifie pour nous</translation>
    </message>
    <message>
        <source>Couples draw the line in different places. Say plainly where yours is.</source>
        <translation>Chaque couple place la limite à un endroit différent. Dites simplement où se trouve la vôtre.</translation>
    </message>
    <message>
        <source>We are exclusive with each other, sexually and emotionally.</source>
        <translation>Nous sommes exclusifs l&apos;un envers l&apos;autre, sexuellement et affectivement.</translation>
    </message>
    <message>
        <source>Saying it out loud means neither of us has to guess.</source>
        <translation>Le dire à voix haute nous évite d&apos;avoir à deviner.</translation>
    </message>
    <message>
        <source>For us, being exclusive also covers flirting by message, dating apps and private meetings that we would not want the other to know about.</source>
        <translation>Pour nous, l&apos;exclusivité couvre aussi le flirt par message, les applications de rencontre et les rendez-vous privés que nous ne voudrions pas que l&apos;autre connaisse.</translation>
    </message>
    <message>
        <source>Naming examples turns a vague promise into something we can both keep.</source>
        <translation>Donner des exemples transforme une promesse vague en quelque chose que nous pouvons tenir tous les deux.</translation>
    </message>
    <message>
        <source>When either of us is unsure whether something crosses our line, we ask before, not after.</source>
        <translation>Quand l&apos;un de nous ne sait pas si quelque chose franchit notre limite, nous en parlons avant, pas après.</translation>
    </message>
    <message>
        <source>A question asked early costs little and protects a lot.</source>
        <translation>Une question posée tôt coûte peu et protège beaucoup.</translation>
    </message>
    <message>
        <source>Contact with the affair partner and others</source>
        <translation>Le contact avec la personne de la liaison et avec d&apos;autres</translation>
    </message>
    <message>
        <source>If this does not apply to you, skip it. If it does, be as specific as you can.</source>
        <translation>Si cela ne vous concerne pas, passez. Si c&apos;est le cas, soyez aussi précis que possible.</translation>
    </message>
    <message>
        <source>There is no private contact with the affair partner. If they get in touch, we tell each other the same day.</source>
        <translation>Il n&apos;y a aucun contact privé avec la personne de la liaison. Si elle reprend contact, nous nous le disons le jour même.</translation>
    </message>
    <message>
        <source>Knowing rather than wondering lets the hurt partner rest.</source>
        <translation>Savoir plutôt que se demander permet au partenaire blessé de trouver du repos.</translation>
    </message>
    <message>
        <source>Where contact cannot be avoided (work, children, shared friends), we keep it brief and to the point, and mention it without being asked.</source>
        <translation>Lorsque le contact est inévitable (travail, enfants, amis communs), nous le gardons bref et limité à l&apos;essentiel, et nous en parlons sans attendre qu&apos;on nous le demande.</translation>
    </message>
    <message>
        <source>Openness about the unavoidable keeps it from becoming a secret.</source>
        <translation>Être ouvert sur l&apos;inévitable l&apos;empêche de devenir un secret.</translation>
    </message>
    <message>
        <source>We tell each other about new close friendships, and we are glad to introduce each other.</source>
        <translation>Nous nous parlons de nos nouvelles amitiés proches, et nous sommes heureux de nous présenter l&apos;un l&apos;autre.</translation>
    </message>
    <message>
        <source>Friendships are welcome; hidden ones are where doubt grows.</source>
        <translation>Les amitiés sont les bienvenues&#xa0;; c&apos;est dans celles qu&apos;on cache que le doute grandit.</translation>
    </message>
    <message>
        <source>Transparency and devices</source>
        <translation>Transparence et appareils</translation>
    </message>
    <message>
        <source>Openness offered freely feels different from openness demanded. Agree what feels right for a while, and review it.</source>
        <translation>Une transparence offerte librement n&apos;a pas la même saveur qu&apos;une transparence exigée. Convenez de ce qui vous semble juste pour un temps, puis revoyez-le.</translation>
    </message>
    <message>
        <source>For now, either of us may ask to see the other&apos;s phone or messages, and the answer is a calm yes.</source>
        <translation>Pour l&apos;instant, chacun de nous peut demander à voir le téléphone ou les messages de l&apos;autre, et la réponse est un oui serein.</translation>
    </message>
    <message>
        <source>Offered openness helps trust return; it is meant to be needed less over time.</source>
        <translation>Une transparence offerte aide la confiance à revenir&#xa0;; elle est appelée à être de moins en moins nécessaire.</translation>
    </message>
    <message>
        <source>We do not delete messages or browsing history to hide them from each other.</source>
        <translation>Nous ne supprimons pas de messages ni d&apos;historique de navigation pour les cacher à l&apos;autre.</translation>
    </message>
    <message>
        <source>What is gone cannot reassure anyone.</source>
        <translation>Ce qui a disparu ne peut rassurer personne.</translation>
    </message>
    <message>
        <source>Checking is something we ask for, not something we do in secret; each of us keeps a private space for our own thoughts.</source>
        <translation>Vérifier est quelque chose que l&apos;on demande, pas que l&apos;on fait en secret&#xa0;; chacun de nous garde un espace à soi pour ses propres pensées.</translation>
    </message>
    <message>
        <source>Transparency should not turn into surveillance, for either of us.</source>
        <translation>La transparence ne doit pas devenir de la surveillance, ni pour l&apos;un ni pour l&apos;autre.</translation>
    </message>
    <message>
        <source>How we talk and check in</source>
        <translation>Comment nous parlons et faisons le point</translation>
    </message>
    <message>
        <source>How you talk matters as much as what you talk about.</source>
        <translation>La manière de parler compte autant que ce dont on parle.</translation>
    </message>
    <message>
        <source>We sit down for a check-in about once a week, at a time that suits us both.</source>
        <translation>Nous prenons le temps d&apos;un échange environ une fois par semaine, à un moment qui convient à tous les deux.</translation>
    </message>
    <message>
        <source>A set time means hard things do not have to wait for a bad moment.</source>
        <translation>Un moment fixé évite que les choses difficiles attendent un mauvais moment.</translation>
    </message>
    <message>
        <source>Either of us can ask for a pause in a difficult conversation. We say when we will come back to it, and we do.</source>
        <translation>Chacun de nous peut demander une pause pendant une conversation difficile. Nous disons quand nous y reviendrons, et nous le faisons.</translation>
    </message>
    <message>
        <source>A pause is a way of caring for the conversation, not of ending it.</source>
        <translation>Une pause est une façon de prendre soin de la conversation, pas d&apos;y mettre fin.</translation>
    </message>
    <message>
        <source>In our check-ins we talk about how we feel now and what we need next, one of us speaking at a time.</source>
        <translation>Pendant nos échanges, nous parlons de ce que nous ressentons maintenant et de ce dont nous avons besoin ensuite, chacun son tour.</translation>
    </message>
    <message>
        <source>Looking forward gives us something to build.</source>
        <translation>Regarder devant nous nous donne quelque chose à construire.</translation>
    </message>
    <message>
        <source>We do not use name-calling, threats or the silent treatment, even when we are hurt.</source>
        <translation>Nous n&apos;utilisons ni insultes, ni menaces, ni silence punitif, même quand nous sommes blessés.</translation>
    </message>
    <message>
        <source>Each of us needs to feel safe enough to be honest.</source>
        <translation>Chacun de nous a besoin de se sentir assez en sécurité pour être honnête.</translation>
    </message>
    <message>
        <source>Intimacy, pace and consent</source>
        <translation>Intimité, rythme et consentement</translation>
    </message>
    <message>
        <source>Closeness comes back at its own pace. These can be shaped carefully around what each of you needs.</source>
        <translation>La proximité revient à son propre rythme. Ces points peuvent être façonnés avec soin selon les besoins de chacun de vous.</translation>
    </message>
    <message>
        <source>We go at the pace of whichever of us needs to go slower, and no one is asked to explain a no.</source>
        <translation>Nous avançons au rythme de celui de nous deux qui a besoin d&apos;aller le plus lentement, et personne n&apos;a à justifier un non.</translation>
    </message>
    <message>
        <source>Feeling free to say no is what makes a yes mean something.</source>
        <translation>C&apos;est la liberté de dire non qui donne tout son sens à un oui.</translation>
    </message>
    <message>
        <source>We ask before touching in new or sexual ways, and we check in along the way.</source>
        <translation>Nous demandons avant de nous toucher de façon nouvelle ou sexuelle, et nous vérifions en cours de route que tout va bien.</translation>
    </message>
    <message>
        <source>Asking keeps both of us present and safe.</source>
        <translation>Demander nous garde tous les deux présents et en sécurité.</translation>
    </message>
    <message>
        <source>Either of us can stop at any moment, with a word or a sign we have agreed on, and the other stops without pressure or sulking.</source>
        <translation>Chacun de nous peut arrêter à tout moment, avec un mot ou un signe convenu, et l&apos;autre s&apos;arrête sans insister ni bouder.</translation>
    </message>
    <message>
        <source>Stopping is always allowed; it is not a rejection of the person.</source>
        <translation>Arrêter est toujours permis&#xa0;; ce n&apos;est pas un rejet de la personne.</translation>
    </message>
    <message>
        <source>When something brings back a painful memory, we pause, and the one affected chooses what helps: space, a hand to hold, or talking.</source>
        <translation>Quand quelque chose réveille un souvenir douloureux, nous faisons une pause, et celui ou celle qui est touché choisit ce qui l&apos;aide&#xa0;: de l&apos;espace, une main à tenir, ou parler.</translation>
    </message>
    <message>
        <source>The one who is hurting knows best what they need in that moment.</source>
        <translation>Celui ou celle qui souffre sait le mieux ce dont il ou elle a besoin à ce moment-là.</translation>
    </message>
    <message>
        <source>We make room for closeness that is not sexual: sitting together, walks, holding hands.</source>
        <translation>Nous faisons de la place pour une proximité qui n&apos;est pas sexuelle&#xa0;: être assis ensemble, se promener, se tenir la main.</translation>
    </message>
    <message>
        <source>Warmth without expectation helps trust grow.</source>
        <translation>Une tendresse sans attente aide la confiance à grandir.</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation>Santé sexuelle</translation>
    </message>
    <message>
        <source>Looking after each other&apos;s health is part of caring for each other.</source>
        <translation>Prendre soin de la santé de l&apos;autre fait partie de prendre soin l&apos;un de l&apos;autre.</translation>
    </message>
    <message>
        <source>We both get tested for sexually transmitted infections, and share the results with each other.</source>
        <translation>Nous faisons tous les deux un dépistage des infections sexuellement transmissibles, et nous partageons les résultats.</translation>
    </message>
    <message>
        <source>It takes away a worry and shows care for the other&apos;s body.</source>
        <translation>Cela enlève une inquiétude et montre du soin pour le corps de l&apos;autre.</translation>
    </message>
    <message>
        <source>We use protection until we have both been tested and agree that we no longer need it.</source>
        <translation>Nous utilisons une protection jusqu&apos;à ce que nous ayons tous deux été dépistés et convenions que nous n&apos;en avons plus besoin.</translation>
    </message>
    <message>
        <source>A shared decision, made with full information.</source>
        <translation>Une décision commune, prise en toute connaissance de cause.</translation>
    </message>
    <message>
        <source>Support and therapy</source>
        <translation>Soutien et thérapie</translation>
    </message>
    <message>
        <source>Neither of you has to carry this alone.</source>
        <translation>Aucun de vous n&apos;a à porter cela seul.</translation>
    </message>
    <message>
        <source>We see a couples therapist together, and we go even when we would rather not.</source>
        <translation>Nous consultons ensemble un ou une thérapeute de couple, et nous y allons même quand nous n&apos;en avons pas envie.</translation>
    </message>
    <message>
        <source>Someone outside the two of us helps us hear each other.</source>
        <translation>Quelqu&apos;un d&apos;extérieur à nous deux nous aide à nous entendre.</translation>
    </message>
    <message>
        <source>Each of us is free to have our own therapist or support, and what we say there stays ours.</source>
        <translation>Chacun de nous est libre d&apos;avoir son propre thérapeute ou soutien, et ce que nous y disons nous appartient.</translation>
    </message>
    <message>
        <source>Each of us needs a place of our own to heal.</source>
        <translation>Chacun de nous a besoin d&apos;un lieu à soi pour guérir.</translation>
    </message>
    <message>
        <source>We agree together whom we tell about what happened, and each of us may have one trusted person to talk to.</source>
        <translation>Nous décidons ensemble à qui nous parlons de ce qui s&apos;est passé, et chacun de nous peut avoir une personne de confiance à qui se confier.</translation>
    </message>
    <message>
        <source>Support matters; so does privacy about our story.</source>
        <translation>Le soutien compte&#xa0;; la discrétion sur notre histoire aussi.</translation>
    </message>
    <message>
        <source>What we do if a boundary is crossed</source>
        <translation>Ce que nous faisons si une limite est franchie</translation>
    </message>
    <message>
        <source>Plan for a hard moment while things are calm.</source>
        <translation>Prévoyez les moments difficiles pendant que tout est calme.</translation>
    </message>
    <message>
        <source>If one of us crosses a boundary, we tell the other ourselves, as soon as we can.</source>
        <translation>Si l&apos;un de nous franchit une limite, il le dit lui-même à l&apos;autre, dès que possible.</translation>
    </message>
    <message>
        <source>Being told, rather than finding out, keeps trust possible.</source>
        <translation>Être informé plutôt que le découvrir garde la confiance possible.</translation>
    </message>
    <message>
        <source>The one who was hurt may take time and space before we talk about it, and says roughly how long.</source>
        <translation>Celui ou celle qui a été blessé peut prendre du temps et de l&apos;espace avant que nous en parlions, et dit à peu près combien de temps.</translation>
    </message>
    <message>
        <source>Time to steady yourself makes a better conversation.</source>
        <translation>Prendre le temps de se poser permet une meilleure conversation.</translation>
    </message>
    <message>
        <source>We talk about what happened with our therapist, and decide together what, if anything, changes in this agreement.</source>
        <translation>Nous parlons de ce qui s&apos;est passé avec notre thérapeute, et décidons ensemble ce qui, le cas échéant, change dans cet accord.</translation>
    </message>
    <message>
        <source>A slip is something to work through together, not a verdict.</source>
        <translation>Un faux pas est quelque chose à traverser ensemble, pas un verdict.</translation>
    </message>
    <message>
        <source>When we review this</source>
        <translation>Quand nous revoyons cet accord</translation>
    </message>
    <message>
        <source>An agreement that can change is easier to keep.</source>
        <translation>Un accord qui peut évoluer est plus facile à tenir.</translation>
    </message>
    <message>
        <source>We look at this agreement together at least every three months, and sooner if either of us asks.</source>
        <translation>Nous relisons cet accord ensemble au moins tous les trois mois, et plus tôt si l&apos;un de nous le demande.</translation>
    </message>
    <message>
        <source>What we need now may not be what we need later.</source>
        <translation>Ce dont nous avons besoin maintenant n&apos;est peut-être pas ce dont nous aurons besoin plus tard.</translation>
    </message>
    <message>
        <source>Any of these boundaries can change, but only when we both agree to the new version.</source>
        <translation>Chacune de ces limites peut changer, mais seulement quand nous sommes tous deux d&apos;accord sur la nouvelle version.</translation>
    </message>
    <message>
        <source>Neither of us changes the rules alone.</source>
        <translation>Aucun de nous ne change les règles seul.</translation>
    </message>
    <message>
        <source>When we review, we also notice what has become easier.</source>
        <translation>Quand nous relisons l&apos;accord, nous remarquons aussi ce qui est devenu plus facile.</translation>
    </message>
    <message>
        <source>Seeing how far we have come gives us strength for what is still hard.</source>
        <translation>Voir le chemin parcouru nous donne de la force pour ce qui reste difficile.</translation>
    </message>
</context>
<context>
    <name>Data: check-in prompts</name>
    <message>
        <source>Settle in for a few minutes together. This is a calm look at how each of you is now, and at what comes next.</source>
        <translation>Prenez quelques minutes ensemble. C&apos;est un regard apaisé sur la façon dont chacun de vous va maintenant, et sur la suite.</translation>
    </message>
    <message>
        <source>We talk about now and next, not about what happened before.</source>
        <translation>Nous parlons de maintenant et de la suite, pas de ce qui s&apos;est passé avant.</translation>
    </message>
    <message>
        <source>One of us speaks at a time; the other listens to understand, not to answer back.</source>
        <translation>Un seul de nous parle à la fois&#xa0;; l&apos;autre écoute pour comprendre, pas pour répondre.</translation>
    </message>
    <message>
        <source>Every question can be skipped, and either of us can pause at any moment. Pausing keeps everything.</source>
        <translation>Chaque question peut être passée, et chacun de nous peut faire une pause à tout moment. La pause garde tout.</translation>
    </message>
    <message>
        <source>Where are you today, from 0 to 10? There are no right numbers. You can skip any of them, or choose “rather not say”.</source>
        <translation>Où en êtes-vous aujourd&apos;hui, de 0 à 10&#xa0;? Il n&apos;y a pas de bon chiffre. Vous pouvez en passer, ou choisir «&#xa0;je préfère ne pas répondre&#xa0;».</translation>
    </message>
    <message>
        <source>How safe and at ease do I feel with us right now?</source>
        <translation>À quel point est-ce que je me sens en sécurité et à l&apos;aise avec nous en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>How much do I long for physical closeness right now?</source>
        <translation>À quel point ai-je envie de proximité physique en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>How connected do I feel to you these days?</source>
        <translation>À quel point est-ce que je me sens lié·e à toi ces temps-ci&#xa0;?</translation>
    </message>
    <message>
        <source>How much can I lean on us right now?</source>
        <translation>À quel point puis-je m&apos;appuyer sur nous en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>An effort of yours I noticed</source>
        <translation>Un effort de ta part que j&apos;ai remarqué</translation>
    </message>
    <message>
        <source>Something small counts too: a message, a kept promise, a moment of patience.</source>
        <translation>Les petites choses comptent aussi&#xa0;: un message, une promesse tenue, un moment de patience.</translation>
    </message>
    <message>
        <source>An effort I noticed</source>
        <translation>Un effort que j&apos;ai remarqué</translation>
    </message>
    <message>
        <source>Yours or someone else&apos;s: something small counts too.</source>
        <translation>Le vôtre ou celui de quelqu&apos;un d&apos;autre&#xa0;: les petites choses comptent aussi.</translation>
    </message>
    <message>
        <source>Looking at us as we are now.</source>
        <translation>Un regard sur nous, tels que nous sommes maintenant.</translation>
    </message>
    <message>
        <source>What feels good between us right now?</source>
        <translation>Qu&apos;est-ce qui va bien entre nous en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>A habit, a moment, a way we speak to each other.</source>
        <translation>Une habitude, un moment, une manière de nous parler.</translation>
    </message>
    <message>
        <source>What would I like more of in the coming weeks?</source>
        <translation>De quoi aimerais-je davantage dans les semaines à venir&#xa0;?</translation>
    </message>
    <message>
        <source>Say it as a wish, in your own words.</source>
        <translation>Formulez-le comme un souhait, avec vos propres mots.</translation>
    </message>
    <message>
        <source>One small step that would help me feel closer</source>
        <translation>Un petit pas qui m&apos;aiderait à me sentir plus proche</translation>
    </message>
    <message>
        <source>Something either of us could try before we next sit down.</source>
        <translation>Quelque chose que l&apos;un de nous pourrait essayer avant notre prochain échange.</translation>
    </message>
    <message>
        <source>These agreements asked to be looked at again. For each one: keep it as it is, or revisit it together. Revisiting starts a new proposal in the agreement; nothing changes until you both agree.</source>
        <translation>Ces points de l&apos;accord demandaient à être regardés à nouveau. Pour chacun&#xa0;: le garder tel quel, ou en reparler ensemble. En reparler lance une nouvelle proposition dans l&apos;accord&#xa0;; rien ne change tant que vous n&apos;êtes pas tous deux d&apos;accord.</translation>
    </message>
    <message>
        <source>What I need this week</source>
        <translation>Ce dont j&apos;ai besoin cette semaine</translation>
    </message>
    <message>
        <source>Time, space, reassurance, help with something — whatever is true for you now.</source>
        <translation>Du temps, de l&apos;espace, être rassuré·e, de l&apos;aide pour quelque chose&#xa0;: ce qui est vrai pour vous maintenant.</translation>
    </message>
</context>
<context>
    <name>Data: desires</name>
    <message>
        <source>Touch and closeness</source>
        <translation>Toucher et proximité</translation>
    </message>
    <message>
        <source>Holding hands when we are out together</source>
        <translation>Se tenir la main quand nous sortons ensemble</translation>
    </message>
    <message>
        <source>A long hug, just to hold each other</source>
        <translation>Un long câlin, juste pour se tenir</translation>
    </message>
    <message>
        <source>Lying close on the sofa without anything more</source>
        <translation>Se blottir sur le canapé, sans rien de plus</translation>
    </message>
    <message>
        <source>Giving or getting a massage with clothes on</source>
        <translation>Donner ou recevoir un massage habillés</translation>
    </message>
    <message>
        <source>Stroking each other&apos;s hair or face</source>
        <translation>Se caresser les cheveux ou le visage</translation>
    </message>
    <message>
        <source>Falling asleep touching each other</source>
        <translation>S&apos;endormir en se touchant</translation>
    </message>
    <message>
        <source>Slow kissing, with no need for it to lead anywhere</source>
        <translation>S&apos;embrasser lentement, sans que cela doive mener plus loin</translation>
    </message>
    <message>
        <source>A bath or shower together</source>
        <translation>Un bain ou une douche ensemble</translation>
    </message>
    <message>
        <source>Words and flirting</source>
        <translation>Mots et flirt</translation>
    </message>
    <message>
        <source>Telling each other what we find attractive</source>
        <translation>Se dire ce que nous trouvons attirant chez l&apos;autre</translation>
    </message>
    <message>
        <source>Flirty messages during the day</source>
        <translation>Des messages taquins pendant la journée</translation>
    </message>
    <message>
        <source>Little notes left for the other to find</source>
        <translation>De petits mots laissés à l&apos;autre pour qu&apos;il ou elle les trouve</translation>
    </message>
    <message>
        <source>Saying out loud what we would like, in the moment</source>
        <translation>Dire à voix haute ce dont nous avons envie, sur le moment</translation>
    </message>
    <message>
        <source>Talking afterwards about what felt good</source>
        <translation>Parler ensuite de ce qui nous a fait du bien</translation>
    </message>
    <message>
        <source>Playful teasing that builds anticipation</source>
        <translation>Des taquineries joueuses qui font monter l&apos;attente</translation>
    </message>
    <message>
        <source>Settings and time</source>
        <translation>Cadre et moments</translation>
    </message>
    <message>
        <source>A regular date night, planned together</source>
        <translation>Une soirée en amoureux régulière, prévue ensemble</translation>
    </message>
    <message>
        <source>Being close in the morning</source>
        <translation>Être proches le matin</translation>
    </message>
    <message>
        <source>An evening with no phones and no hurry</source>
        <translation>Une soirée sans téléphone et sans se presser</translation>
    </message>
    <message>
        <source>A night away, just the two of us</source>
        <translation>Une nuit ailleurs, rien que nous deux</translation>
    </message>
    <message>
        <source>Lights on, so we can see each other</source>
        <translation>Lumière allumée, pour nous voir</translation>
    </message>
    <message>
        <source>Candles, music, a room made cosy for us</source>
        <translation>Des bougies, de la musique, une pièce rendue douillette pour nous</translation>
    </message>
    <message>
        <source>Being intimate somewhere other than the bedroom</source>
        <translation>Être intimes ailleurs que dans la chambre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexualité</translation>
    </message>
    <message>
        <source>Touching each other intimately with our hands</source>
        <translation>Se caresser intimement avec les mains</translation>
    </message>
    <message>
        <source>Oral sex, giving</source>
        <translation>Sexe oral, donner</translation>
    </message>
    <message>
        <source>Oral sex, receiving</source>
        <translation>Sexe oral, recevoir</translation>
    </message>
    <message>
        <source>Intercourse</source>
        <translation>Pénétration</translation>
    </message>
    <message>
        <source>Slow sex where nothing has to be reached</source>
        <translation>Faire l&apos;amour lentement, sans but à atteindre</translation>
    </message>
    <message>
        <source>Something quick and spontaneous</source>
        <translation>Quelque chose de rapide et spontané</translation>
    </message>
    <message>
        <source>Trying a position we have not tried before</source>
        <translation>Essayer une position que nous n&apos;avons jamais essayée</translation>
    </message>
    <message>
        <source>Pleasuring ourselves side by side</source>
        <translation>Se donner du plaisir chacun de son côté, l&apos;un près de l&apos;autre</translation>
    </message>
    <message>
        <source>Using a toy together</source>
        <translation>Utiliser un jouet ensemble</translation>
    </message>
    <message>
        <source>One of us taking the lead for an evening</source>
        <translation>L&apos;un de nous qui mène pour une soirée</translation>
    </message>
    <message>
        <source>Fantasies and play</source>
        <translation>Fantasmes et jeux</translation>
    </message>
    <message>
        <source>Telling each other a fantasy, just as words</source>
        <translation>Se raconter un fantasme, juste avec des mots</translation>
    </message>
    <message>
        <source>Dressing up for each other</source>
        <translation>S&apos;habiller pour l&apos;autre</translation>
    </message>
    <message>
        <source>A little role play</source>
        <translation>Un petit jeu de rôle</translation>
    </message>
    <message>
        <source>A blindfold, with the one wearing it in charge of stopping</source>
        <translation>Un bandeau sur les yeux, celui ou celle qui le porte décidant de l&apos;arrêt</translation>
    </message>
    <message>
        <source>Gently holding the other&apos;s wrists down</source>
        <translation>Tenir doucement les poignets de l&apos;autre</translation>
    </message>
    <message>
        <source>Reading or watching something erotic together</source>
        <translation>Lire ou regarder quelque chose d&apos;érotique ensemble</translation>
    </message>
    <message>
        <source>Intimate photos kept only for each other</source>
        <translation>Des photos intimes gardées rien que pour nous</translation>
    </message>
    <message>
        <source>Sexual health and protection</source>
        <translation>Santé sexuelle et protection</translation>
    </message>
    <message>
        <source>Getting tested together and sharing the results</source>
        <translation>Faire un dépistage ensemble et partager les résultats</translation>
    </message>
    <message>
        <source>Using condoms for now</source>
        <translation>Utiliser des préservatifs pour l&apos;instant</translation>
    </message>
    <message>
        <source>Talking about contraception and who takes care of it</source>
        <translation>Parler de contraception et de qui s&apos;en occupe</translation>
    </message>
    <message>
        <source>Talking openly about pain or discomfort, and stopping for it</source>
        <translation>Parler ouvertement de douleur ou d&apos;inconfort, et s&apos;arrêter pour cela</translation>
    </message>
    <message>
        <source>Using lubricant to make things more comfortable</source>
        <translation>Utiliser du lubrifiant pour plus de confort</translation>
    </message>
    <message>
        <source>Seeing a doctor or therapist together about our sex life</source>
        <translation>Consulter ensemble un médecin ou un thérapeute au sujet de notre sexualité</translation>
    </message>
</context>
<context>
    <name>Data: steps</name>
    <message>
        <source>Steps at our own pace</source>
        <translation>Des étapes à notre rythme</translation>
    </message>
    <message>
        <source>A gentle ladder inspired by sensate focus. We go at the pace of whichever of us needs to go slower, and either of us can step back at any time.</source>
        <translation>Une progression douce inspirée du sensate focus. Nous avançons au rythme de celui de nous deux qui a besoin d&apos;aller le plus lentement, et chacun peut revenir en arrière à tout moment.</translation>
    </message>
    <message>
        <source>Close, with clothes on</source>
        <translation>Proches, habillés</translation>
    </message>
    <message>
        <source>Sit or lie close for twenty minutes, clothes on. Hold hands, lean on each other, stroke an arm or a back.</source>
        <translation>Asseyez-vous ou allongez-vous l&apos;un contre l&apos;autre pendant vingt minutes, habillés. Tenez-vous la main, appuyez-vous l&apos;un sur l&apos;autre, caressez un bras ou un dos.</translation>
    </message>
    <message>
        <source>Touching breasts or genitals, undressing, and anything that is meant to lead further.</source>
        <translation>Toucher les seins ou les parties génitales, se déshabiller, et tout ce qui est censé mener plus loin.</translation>
    </message>
    <message>
        <source>What did it feel like to be close without anything more being expected?</source>
        <translation>Qu&apos;avez-vous ressenti en étant proches sans que rien de plus ne soit attendu&#xa0;?</translation>
    </message>
    <message>
        <source>Taking turns to touch</source>
        <translation>Se toucher à tour de rôle</translation>
    </message>
    <message>
        <source>One of you touches, the other receives, then you swap. Notice temperature, texture, pressure. The one receiving says if anything feels uncomfortable.</source>
        <translation>L&apos;un de vous touche, l&apos;autre reçoit, puis vous échangez. Remarquez la température, la texture, la pression. Celui ou celle qui reçoit dit si quelque chose est inconfortable.</translation>
    </message>
    <message>
        <source>Breasts and genitals, and any goal such as arousal. Clothes can stay on or come partly off, as the slower of you prefers.</source>
        <translation>Les seins et les parties génitales, et tout objectif comme l&apos;excitation. Les vêtements peuvent rester ou être en partie retirés, comme le préfère celui de vous qui va le plus lentement.</translation>
    </message>
    <message>
        <source>What did you notice in your body while touching, and while being touched?</source>
        <translation>Qu&apos;avez-vous remarqué dans votre corps en touchant, et en étant touché·e&#xa0;?</translation>
    </message>
    <message>
        <source>Touch without a goal</source>
        <translation>Toucher sans but</translation>
    </message>
    <message>
        <source>Take turns touching the whole body, without clothes if you both like, simply for the feeling. Guide each other&apos;s hand to show what feels good.</source>
        <translation>Touchez-vous à tour de rôle sur tout le corps, sans vêtements si vous le souhaitez tous les deux, simplement pour la sensation. Guidez la main de l&apos;autre pour montrer ce qui fait du bien.</translation>
    </message>
    <message>
        <source>Touching breasts and genitals, orgasm and intercourse. If arousal comes, let it come and go.</source>
        <translation>Toucher les seins et les parties génitales, l&apos;orgasme et la pénétration. Si l&apos;excitation vient, laissez-la venir et repartir.</translation>
    </message>
    <message>
        <source>Was there a moment that felt especially safe, or one where you wanted to pause?</source>
        <translation>Y a-t-il eu un moment où vous vous êtes senti·e particulièrement en sécurité, ou un moment où vous auriez voulu faire une pause&#xa0;?</translation>
    </message>
    <message>
        <source>Including intimate touch</source>
        <translation>Avec un toucher intime</translation>
    </message>
    <message>
        <source>Touch now includes breasts and genitals, still in turns and still without a goal. Keep talking, or use a signal you both know.</source>
        <translation>Le toucher inclut désormais les seins et les parties génitales, toujours à tour de rôle et toujours sans but. Continuez à vous parler, ou utilisez un signal que vous connaissez tous les deux.</translation>
    </message>
    <message>
        <source>Intercourse and pressing for orgasm. Either of you can stop at any moment.</source>
        <translation>La pénétration et la recherche de l&apos;orgasme. Chacun de vous peut arrêter à tout moment.</translation>
    </message>
    <message>
        <source>What helped you stay present? What would you like the other to know?</source>
        <translation>Qu&apos;est-ce qui vous a aidé·e à rester présent·e&#xa0;? Qu&apos;aimeriez-vous que l&apos;autre sache&#xa0;?</translation>
    </message>
    <message>
        <source>Touching together</source>
        <translation>Se toucher ensemble</translation>
    </message>
    <message>
        <source>Touch each other at the same time, intimately if you both like. Pleasure is welcome, with no need to reach anything.</source>
        <translation>Touchez-vous en même temps, intimement si vous le souhaitez tous les deux. Le plaisir est bienvenu, sans rien à atteindre.</translation>
    </message>
    <message>
        <source>Intercourse, unless you have both said yes to the next step.</source>
        <translation>La pénétration, sauf si vous avez tous deux dit oui à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>How was it to give and receive at once?</source>
        <translation>Comment était-ce de donner et de recevoir en même temps&#xa0;?</translation>
    </message>
    <message>
        <source>Shared intimacy</source>
        <translation>Intimité partagée</translation>
    </message>
    <message>
        <source>Sex in whatever form you have both said yes to, at your shared pace, with room to slow down or stop.</source>
        <translation>Faire l&apos;amour sous la forme à laquelle vous avez tous deux dit oui, à votre rythme commun, en gardant la place de ralentir ou d&apos;arrêter.</translation>
    </message>
    <message>
        <source>Anything either of you has not said yes to. A stop is always respected at once.</source>
        <translation>Tout ce à quoi l&apos;un de vous n&apos;a pas dit oui. Un arrêt est toujours respecté immédiatement.</translation>
    </message>
    <message>
        <source>What felt good, and what would you like to keep for next time?</source>
        <translation>Qu&apos;est-ce qui vous a fait du bien, et que voudriez-vous garder pour la prochaine fois&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>ddd d MMMM</source>
        <translation>ddd d MMMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <translation>ddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo — sample data, deleted when you close TrustDesk</source>
        <translation>Démo — données d&apos;exemple, supprimées à la fermeture de TrustDesk</translation>
    </message>
    <message>
        <source>{name}’s password: {password}</source>
        <translation>Mot de passe de {name}&#xa0;: {password}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambre</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Turquoise</translation>
    </message>
    <message>
        <source>Custom colour</source>
        <translation>Couleur personnalisée</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>That is not your current password. Check Caps Lock and try again. If it is forgotten, lock TrustDesk and choose “Forgot my password” to use your recovery code.</source>
        <translation>Ce n&apos;est pas votre mot de passe actuel. Vérifiez la touche Verr. Maj et réessayez. Si vous l&apos;avez oublié, verrouillez TrustDesk et choisissez «&#xa0;J&apos;ai oublié mon mot de passe&#xa0;» pour utiliser votre code de récupération.</translation>
    </message>
    <message>
        <source>That is the password you have now. Please choose a new one.</source>
        <translation>C&apos;est votre mot de passe actuel. Choisissez-en un nouveau, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source> Older backups were re-protected too: they open with your new password or your recovery code.</source>
        <translation> Les anciennes sauvegardes ont aussi été protégées à nouveau&#xa0;: elles s&apos;ouvrent avec votre nouveau mot de passe ou votre code de récupération.</translation>
    </message>
    <message>
        <source> Older backups were removed, and a fresh one was made.</source>
        <translation> Les anciennes sauvegardes ont été supprimées, et une nouvelle a été créée.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Your new password works from now on; your old password opens nothing any more.</source>
        <translation>Votre nouveau mot de passe fonctionne dès maintenant&#xa0;; l&apos;ancien n&apos;ouvre plus rien.</translation>
    </message>
    <message>
        <source> Your recovery code needs renewing: the one from before could not take the new keys. Vault → New recovery code… makes a new one to print or keep.</source>
        <translation> Votre code de récupération doit être renouvelé&#xa0;: l&apos;ancien n&apos;a pas pu recevoir les nouvelles clés. Coffre → Nouveau code de récupération… en crée un nouveau à imprimer ou à conserver.</translation>
    </message>
    <message>
        <source> Your recovery code has not changed; if someone may have seen it too, Vault → New recovery code makes a new one.</source>
        <translation> Votre code de récupération n&apos;a pas changé&#xa0;; si quelqu&apos;un a pu le voir aussi, Coffre → Nouveau code de récupération en crée un nouveau.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Créer un nouveau code</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Partner removed</source>
        <translation>Partenaire retiré·e</translation>
    </message>
    <message>
        <source>{name} can no longer open this vault. The shared space is whole, and it has a new key: keys they may have kept open nothing written from now on, and older backups were re-protected too.</source>
        <translation>{name} ne peut plus ouvrir ce coffre. L&apos;espace partagé est entier, et il a une nouvelle clé&#xa0;: les clés que cette personne aurait gardées n&apos;ouvrent rien de ce qui sera écrit désormais, et les anciennes sauvegardes ont aussi été protégées à nouveau.</translation>
    </message>
    <message>
        <source>partners hold different shared keys</source>
        <translation>les partenaires détiennent des clés partagées différentes</translation>
    </message>
    <message>
        <source>Invite your partner</source>
        <translation>Inviter votre partenaire</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Votre couleur</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Join this vault</source>
        <translation>Rejoindre ce coffre</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Veuillez saisir un nom.</translation>
    </message>
    <message>
        <source>That name is already taken here. An initial or a nickname tells you apart.</source>
        <translation>Ce nom est déjà pris ici. Une initiale ou un surnom vous distinguera.</translation>
    </message>
    <message>
        <source>{name}, this is your recovery code</source>
        <translation>{name}, voici votre code de récupération</translation>
    </message>
    <message>
        <source>That is {name}&apos;s password, and {name} is already signed in.</source>
        <translation>C&apos;est le mot de passe de {name}, et {name} est déjà connecté·e.</translation>
    </message>
    <message>
        <source>That password did not sign {name} in. Check Caps Lock and try again.</source>
        <translation>Ce mot de passe n&apos;a pas permis de connecter {name}. Vérifiez la touche Verr. Maj et réessayez.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>votre partenaire</translation>
    </message>
    <message>
        <source>Sign in as {name}</source>
        <translation>Se connecter en tant que {name}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Leave this vault</source>
        <translation>Quitter ce coffre</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s password. Only your own password lets you leave.</source>
        <translation>Ce n&apos;est pas le mot de passe de {name}. Seul votre propre mot de passe vous permet de partir.</translation>
    </message>
    <message>
        <source>Leaving… this can take a little while.</source>
        <translation>Départ en cours… cela peut prendre un petit moment.</translation>
    </message>
    <message>
        <source>You have left this vault</source>
        <translation>Vous avez quitté ce coffre</translation>
    </message>
    <message>
        <source>Your password no longer opens it. The shared space stays for your partner.</source>
        <translation>Votre mot de passe ne l&apos;ouvre plus. L&apos;espace partagé reste pour votre partenaire.</translation>
    </message>
    <message>
        <source>That password did not match. Check Caps Lock and try again.</source>
        <translation>Ce mot de passe ne correspond pas. Vérifiez la touche Verr. Maj et réessayez.</translation>
    </message>
    <message>
        <source>Remove {name}…</source>
        <translation>Retirer {name}…</translation>
    </message>
    <message>
        <source> — signed in</source>
        <translation> — connecté·e</translation>
    </message>
    <message>
        <source>here since {day}</source>
        <translation>ici depuis le {day}</translation>
    </message>
    <message>
        <source>Renew the shared key</source>
        <translation>Renouveler la clé partagée</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de récupération</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Markdown, in one file</source>
        <translation>Markdown, en un seul fichier</translation>
    </message>
    <message>
        <source>Easy to read and print.</source>
        <translation>Facile à lire et à imprimer.</translation>
    </message>
    <message>
        <source>Markdown, one file per entry</source>
        <translation>Markdown, un fichier par entrée</translation>
    </message>
    <message>
        <source>In a new, empty folder.</source>
        <translation>Dans un nouveau dossier vide.</translation>
    </message>
    <message>
        <source>JSON (the jrnl format)</source>
        <translation>JSON (le format jrnl)</translation>
    </message>
    <message>
        <source>For other journal apps; TrustDesk reads it back.</source>
        <translation>Pour d&apos;autres applications de journal&#xa0;; TrustDesk sait le relire.</translation>
    </message>
    <message>
        <source>Encrypted backup copy of the whole vault</source>
        <translation>Copie de sauvegarde chiffrée de tout le coffre</translation>
    </message>
    <message>
        <source>Opens only with a partner&apos;s password or recovery code. Good for a USB stick.</source>
        <translation>S&apos;ouvre uniquement avec le mot de passe ou le code de récupération d&apos;un partenaire. Idéale pour une clé USB.</translation>
    </message>
    <message>
        <source>Markdown and JSON copies are not encrypted. You will be asked to confirm.</source>
        <translation>Les copies Markdown et JSON ne sont pas chiffrées. Une confirmation vous sera demandée.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>Hard moments</name>
    <message>
        <source>Your plan is private. It is saved as you write. You can share a copy with your partner, and take it back at any time.</source>
        <translation>Votre plan est privé. Il est enregistré au fil de l&apos;écriture. Vous pouvez en partager une copie avec votre partenaire, et la reprendre à tout moment.</translation>
    </message>
    <message>
        <source>Share with my partner</source>
        <translation>Partager avec mon partenaire</translation>
    </message>
    <message>
        <source>Your trigger plan</source>
        <translation>Votre plan face aux déclencheurs</translation>
    </message>
    <message>
        <source>Your partner can see it once they join and you share it.</source>
        <translation>Votre partenaire pourra le voir une fois qu&apos;il ou elle vous aura rejoint et que vous l&apos;aurez partagé.</translation>
    </message>
    <message>
        <source>Your partner can read a copy of this plan; changes reach it as you write.</source>
        <translation>Votre partenaire peut lire une copie de ce plan&#xa0;; vos modifications y apparaissent au fil de l&apos;écriture.</translation>
    </message>
    <message>
        <source>Only you can see this plan.</source>
        <translation>Vous seul·e pouvez voir ce plan.</translation>
    </message>
    <message>
        <source>Take my plan back</source>
        <translation>Reprendre mon plan</translation>
    </message>
    <message>
        <source>People who help me</source>
        <translation>Les personnes qui m&apos;aident</translation>
    </message>
    <message>
        <source>Name — how to reach them — when I might call</source>
        <translation>Nom — comment les joindre — quand je pourrais appeler</translation>
    </message>
    <message>
        <source>Some hard days can be seen coming: a trip, the anniversary of the discovery, a family event. List one with what you will do to reassure, or leave that for your partner to say. Home mentions it gently the day before.</source>
        <translation>Certains jours difficiles se voient venir&#xa0;: un voyage, l&apos;anniversaire de la découverte, un événement familial. Notez-en un avec ce que vous ferez pour rassurer, ou laissez votre partenaire le dire. L&apos;accueil le mentionne avec douceur la veille.</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Le jour</translation>
    </message>
    <message>
        <source>e.g. my work trip to the coast</source>
        <translation>p. ex. mon déplacement professionnel sur la côte</translation>
    </message>
    <message>
        <source>What the day is</source>
        <translation>Ce qu&apos;est ce jour</translation>
    </message>
    <message>
        <source>e.g. I will call you each evening at nine</source>
        <translation>p. ex. je t&apos;appellerai chaque soir à neuf heures</translation>
    </message>
    <message>
        <source>What I will do to reassure</source>
        <translation>Ce que je ferai pour rassurer</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>De quoi il s&apos;agit</translation>
    </message>
    <message>
        <source>Add this day</source>
        <translation>Ajouter ce jour</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>No hard days listed ahead.</source>
        <translation>Aucun jour difficile prévu.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Signs I am triggered</source>
        <translation>Les signes que je suis déclenché·e</translation>
    </message>
    <message>
        <source>What you might notice in me, or I notice in myself</source>
        <translation>Ce que tu pourrais remarquer chez moi, ou que je remarque en moi</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Ce qui aide</translation>
    </message>
    <message>
        <source>What helps me come back to now</source>
        <translation>Ce qui m&apos;aide à revenir au moment présent</translation>
    </message>
    <message>
        <source>What does not help</source>
        <translation>Ce qui n&apos;aide pas</translation>
    </message>
    <message>
        <source>What makes it harder, even when meant kindly</source>
        <translation>Ce qui rend les choses plus difficiles, même avec de bonnes intentions</translation>
    </message>
    <message>
        <source>Words I need to hear</source>
        <translation>Les mots dont j&apos;ai besoin</translation>
    </message>
    <message>
        <source>The words that reach me in a hard moment</source>
        <translation>Les mots qui me touchent dans un moment difficile</translation>
    </message>
    <message>
        <source>What I will do for myself</source>
        <translation>Ce que je ferai pour moi</translation>
    </message>
    <message>
        <source>How I take care of myself meanwhile</source>
        <translation>Comment je prends soin de moi en attendant</translation>
    </message>
    <message>
        <source>Friends, family, a therapist, a local support service: names and how you reach them. Only you can see this card.</source>
        <translation>Des amis, de la famille, un ou une thérapeute, un service d&apos;aide local&#xa0;: leurs noms et comment les joindre. Vous seul·e pouvez voir cette fiche.</translation>
    </message>
    <message>
        <source>Put both feet on the floor. Feel where your body is held up by the chair or the ground.</source>
        <translation>Posez les deux pieds au sol. Sentez où votre corps est soutenu par la chaise ou par le sol.</translation>
    </message>
    <message>
        <source>Breathe in slowly for four counts, hold for a moment, breathe out for six.</source>
        <translation>Inspirez lentement en comptant jusqu&apos;à quatre, retenez un instant, expirez sur six temps.</translation>
    </message>
    <message>
        <source>Name five things you can see, four you can touch, three you can hear.</source>
        <translation>Nommez cinq choses que vous voyez, quatre que vous pouvez toucher, trois que vous entendez.</translation>
    </message>
    <message>
        <source>Say to yourself: this is a hard moment, and it is now. It will pass.</source>
        <translation>Dites-vous&#xa0;: c&apos;est un moment difficile, et c&apos;est maintenant. Il passera.</translation>
    </message>
    <message>
        <source>Tomorrow may be a tender day: {what}.</source>
        <translation>Demain pourrait être un jour sensible&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Today may be a tender day: {what}.</source>
        <translation>Aujourd&apos;hui pourrait être un jour sensible&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>{name} said: “{words}”</source>
        <translation>{name} a dit&#xa0;: «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>“{words}”</source>
        <translation>«&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>the check-in</source>
        <translation>l&apos;échange</translation>
    </message>
    <message>
        <source>our conversation</source>
        <translation>notre conversation</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>demain à {time}</translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation>le {day} à {time}</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>la conversation</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Votre partenaire</translation>
    </message>
    <message>
        <source>You paused {about} {started} and said you would come back to it {back}. It is time, whenever you both feel ready.</source>
        <translation>Vous avez mis {about} en pause {started} en disant que vous y reviendriez {back}. C&apos;est le moment, dès que vous vous sentez prêts tous les deux.</translation>
    </message>
    <message>
        <source>{name} paused {about} {started} and said you would come back to it {back}. It is time, whenever you both feel ready.</source>
        <translation>{name} a mis {about} en pause {started} en disant que vous y reviendriez {back}. C&apos;est le moment, dès que vous vous sentez prêts tous les deux.</translation>
    </message>
    <message>
        <source>You paused {about} {started}, to come back to it {back}. Take the time you need.</source>
        <translation>Vous avez mis {about} en pause {started}, pour y revenir {back}. Prenez le temps qu&apos;il vous faut.</translation>
    </message>
    <message>
        <source>{name} paused {about} {started}, to come back to it {back}. Take the time you need.</source>
        <translation>{name} a mis {about} en pause {started}, pour y revenir {back}. Prenez le temps qu&apos;il vous faut.</translation>
    </message>
    <message>
        <source>What I will do to reassure on {day}</source>
        <translation>Ce que je ferai pour rassurer ({day})</translation>
    </message>
    <message>
        <source>Say it</source>
        <translation>Le dire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove {day}</source>
        <translation>Retirer&#xa0;: {day}</translation>
    </message>
    <message>
        <source>A hard day</source>
        <translation>Un jour difficile</translation>
    </message>
    <message>
        <source>I noticed…</source>
        <translation>J&apos;ai remarqué…</translation>
    </message>
    <message>
        <source>An effort of {name}&apos;s you noticed, in your words.</source>
        <translation>Un effort de {name} que vous avez remarqué, avec vos mots.</translation>
    </message>
    <message>
        <source>I noticed that you…</source>
        <translation>J&apos;ai remarqué que tu…</translation>
    </message>
    <message>
        <source>What you noticed</source>
        <translation>Ce que vous avez remarqué</translation>
    </message>
    <message>
        <source>{name} will see it on Home and on the timeline.</source>
        <translation>{name} le verra sur l&apos;Accueil et dans la chronologie.</translation>
    </message>
    <message>
        <source>Share it</source>
        <translation>Le partager</translation>
    </message>
    <message>
        <source>Share it (Ctrl+Enter)</source>
        <translation>Le partager (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation>Temps mort</translation>
    </message>
    <message>
        <source>A tender day ahead</source>
        <translation>Un jour sensible approche</translation>
    </message>
    <message>
        <source>Noticed for you</source>
        <translation>Remarqué pour vous</translation>
    </message>
    <message>
        <source>{name} noticed: “{text}”</source>
        <translation>{name} a remarqué&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>I noticed an effort of my partner&apos;s</source>
        <translation>J&apos;ai remarqué un effort de mon partenaire</translation>
    </message>
    <message>
        <source>Say thank you for an effort, any day, not only at a check-in</source>
        <translation>Dire merci pour un effort, n&apos;importe quel jour, pas seulement lors d&apos;un échange</translation>
    </message>
    <message>
        <source>Grounding step</source>
        <translation>Exercice d&apos;ancrage</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Une note pour vous (facultatif)</translation>
    </message>
    <message>
        <source>Only you will see it, on your timeline, as a private journal entry.</source>
        <translation>Vous seul·e la verrez, dans votre chronologie, comme une entrée privée du journal.</translation>
    </message>
    <message>
        <source>How strong, 0–10</source>
        <translation>Intensité, 0–10</translation>
    </message>
    <message>
        <source>rather not say</source>
        <translation>je préfère ne pas répondre</translation>
    </message>
    <message>
        <source>How strong it was, 0 to 10</source>
        <translation>Son intensité, de 0 à 10</translation>
    </message>
    <message>
        <source>What happened, what helped (optional)</source>
        <translation>Ce qui s&apos;est passé, ce qui a aidé (facultatif)</translation>
    </message>
    <message>
        <source>A note about this moment</source>
        <translation>Une note sur ce moment</translation>
    </message>
    <message>
        <source>Keep this note</source>
        <translation>Garder cette note</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>Une note pour vous</translation>
    </message>
    <message>
        <source>Kept in your private journal.</source>
        <translation>Gardée dans votre journal privé.</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Moments difficiles</translation>
    </message>
    <message>
        <source>This is a hard moment, and you are not alone in it. Take your time.</source>
        <translation>C&apos;est un moment difficile, et vous n&apos;y êtes pas seul·e. Prenez votre temps.</translation>
    </message>
    <message>
        <source>Your plan is empty. You can write it on a calmer day, under “My plan”.</source>
        <translation>Votre plan est vide. Vous pourrez l&apos;écrire un jour plus calme, dans «&#xa0;Mon plan&#xa0;».</translation>
    </message>
    <message>
        <source>My partner&apos;s plan</source>
        <translation>Le plan de mon partenaire</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>My partner</source>
        <translation>Mon partenaire</translation>
    </message>
    <message>
        <source>{name}&apos;s plan, shared with you</source>
        <translation>Le plan de {name}, partagé avec vous</translation>
    </message>
    <message>
        <source>{name}&apos;s plan</source>
        <translation>Le plan de {name}</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mon plan</translation>
    </message>
    <message>
        <source>A moment to ground yourself</source>
        <translation>Un moment pour vous ancrer</translation>
    </message>
    <message>
        <source>Hard days ahead</source>
        <translation>Jours difficiles à venir</translation>
    </message>
    <message>
        <source>Is this safe for us?</source>
        <translation>Est-ce sans danger pour nous&#xa0;?</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>What to pause</source>
        <translation>Ce qui est mis en pause</translation>
    </message>
    <message>
        <source>and come back in</source>
        <translation>et revenir dans</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Come back in, minutes</source>
        <translation>Revenir dans, minutes</translation>
    </message>
    <message>
        <source>Take a time-out</source>
        <translation>Prendre un temps mort</translation>
    </message>
    <message>
        <source>Go on with the check-in</source>
        <translation>Poursuivre l&apos;échange</translation>
    </message>
    <message>
        <source>We are back</source>
        <translation>De retour</translation>
    </message>
    <message>
        <source>When a conversation gets too much, either of you can pause it. Say when you will come back to it: at least 20 minutes, at most a day.</source>
        <translation>Quand une conversation devient trop lourde, chacun de vous peut la mettre en pause. Dites quand vous y reviendrez&#xa0;: au moins 20 minutes, au plus un jour.</translation>
    </message>
    <message>
        <source>We are back already</source>
        <translation>Déjà de retour</translation>
    </message>
    <message>
        <source>A time-out</source>
        <translation>Un temps mort</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Only a vault with two partners has anyone to remove. A vault used by one person never asks about a second one.</source>
        <translation>Seul un coffre à deux partenaires a quelqu&apos;un à retirer. Un coffre utilisé par une seule personne ne pose jamais de question sur une deuxième.</translation>
    </message>
    <message>
        <source>Leaving: either partner can leave the vault at any time, with their own password. No one else has to agree.</source>
        <translation>Partir&#xa0;: chaque partenaire peut quitter le coffre à tout moment, avec son propre mot de passe. Personne d&apos;autre n&apos;a besoin d&apos;être d&apos;accord.</translation>
    </message>
    <message>
        <source>Removing the other partner: this works without their password — after a separation they may not be there to type it — but only after a clear warning, confirmed twice (ticking that you understand, and typing the word “remove”).</source>
        <translation>Retirer l&apos;autre partenaire&#xa0;: c&apos;est possible sans son mot de passe — après une séparation, il ou elle n&apos;est peut-être plus là pour le taper — mais seulement après un avertissement clair, confirmé deux fois (en cochant que vous avez compris, et en tapant le mot «&#xa0;retirer&#xa0;»).</translation>
    </message>
    <message>
        <source>Either way, nothing of the shared space is lost: the agreement and its signed versions, check-ins, appreciations and shared notes all stay, including what the removed partner wrote, under their name.</source>
        <translation>Dans les deux cas, rien de l&apos;espace partagé n&apos;est perdu&#xa0;: l&apos;accord et ses versions signées, les échanges, les remerciements et les notes partagées restent tous, y compris ce que le partenaire retiré a écrit, sous son nom.</translation>
    </message>
    <message>
        <source>The removed partner&apos;s private space is not deleted. It is moved aside inside the vault folder, still encrypted with a key only they held, so no one can read it — not the partner who stays, and not them either. Their password and recovery code stop working. Anything they want to keep, they should export first.</source>
        <translation>L&apos;espace privé du partenaire retiré n&apos;est pas supprimé. Il est mis de côté dans le dossier du coffre, toujours chiffré avec une clé que lui seul détenait, si bien que personne ne peut le lire — ni le partenaire qui reste, ni lui non plus. Son mot de passe et son code de récupération cessent de fonctionner. Ce qu&apos;il souhaite garder, il doit l&apos;exporter avant.</translation>
    </message>
    <message>
        <source>The shared space gets a new key at the same moment, so keys a former partner may have kept open nothing written from then on. The partner who stays keeps their password and recovery code.</source>
        <translation>L&apos;espace partagé reçoit une nouvelle clé au même moment, de sorte que les clés qu&apos;un ancien partenaire aurait gardées n&apos;ouvrent rien de ce qui est écrit ensuite. Le partenaire qui reste garde son mot de passe et son code de récupération.</translation>
    </message>
    <message>
        <source>A backup of the whole vault is made just before and kept with the vault&apos;s other backups (for a few weeks), so nothing is lost by mistake. Every backup is then re-protected: the former partner&apos;s password and recovery code open none of them.</source>
        <translation>Une sauvegarde de tout le coffre est faite juste avant et conservée avec les autres sauvegardes du coffre (pendant quelques semaines), pour que rien ne soit perdu par erreur. Chaque sauvegarde est ensuite protégée à nouveau&#xa0;: le mot de passe et le code de récupération de l&apos;ancien partenaire n&apos;en ouvrent aucune.</translation>
    </message>
    <message>
        <source>The pages of the window appear once the vault is open.</source>
        <translation>Les pages de la fenêtre apparaissent une fois le coffre ouvert.</translation>
    </message>
    <message>
        <source>Ctrl+1 moves to the page: {keys}.</source>
        <translation>Ctrl+1 mène à la page&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>Ctrl+1 to {last} move between the pages: {keys}.</source>
        <translation>Ctrl+1 à {last} permettent de passer d&apos;une page à l&apos;autre&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <source>TrustDesk keeps your agreement, check-ins and journals in an encrypted vault on this computer. Nothing is sent anywhere: there is no account, no cloud and no network code at all.</source>
        <translation>TrustDesk garde votre accord, vos échanges et vos journaux dans un coffre chiffré sur cet ordinateur. Rien n&apos;est envoyé nulle part&#xa0;: pas de compte, pas de cloud, et aucun code réseau.</translation>
    </message>
    <message>
        <source>The name and colour at the top of the window show who is signed in. Whatever private content is on screen belongs to that person.</source>
        <translation>Le nom et la couleur en haut de la fenêtre indiquent qui est connecté. Tout contenu privé affiché appartient à cette personne.</translation>
    </message>
    <message>
        <source>Ctrl+, opens the settings. F1 opens this help. Tab moves from one control to the next, Enter presses the button that has the focus, and Esc closes a dialog (a check-in is paused, never lost).</source>
        <translation>Ctrl+, ouvre les paramètres. F1 ouvre cette aide. Tab passe d&apos;une commande à la suivante, Entrée active le bouton qui a le focus, et Échap ferme une boîte de dialogue (un échange est mis en pause, jamais perdu).</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Home gathers what is next: when the next check-in is, boundaries whose review day has come, recent appreciations and milestones.</source>
        <translation>L&apos;accueil rassemble ce qui vient&#xa0;: la date du prochain échange, les limites dont le jour de relecture est arrivé, les remerciements récents et les moments marquants.</translation>
    </message>
    <message>
        <source>There are no streaks or scores here. A missed check-in is not a failure.</source>
        <translation>Il n&apos;y a ici ni séries ni scores. Un échange manqué n&apos;est pas un échec.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>The agreement holds the boundaries you both choose, in categories. Any partner can propose a boundary or a change; it is in force only once both of you agree.</source>
        <translation>L&apos;accord rassemble les limites que vous choisissez ensemble, par catégories. Chaque partenaire peut proposer une limite ou une modification&#xa0;; elle ne s&apos;applique qu&apos;une fois que vous êtes tous deux d&apos;accord.</translation>
    </message>
    <message>
        <source>Each partner gives or withdraws their own consent, after typing their own password. No one can agree for the other.</source>
        <translation>Chaque partenaire donne ou retire son propre consentement, après avoir tapé son propre mot de passe. Personne ne peut accepter à la place de l&apos;autre.</translation>
    </message>
    <message>
        <source>When both agree to every active boundary you can sign a new version. Signed versions are never rewritten; compare any two under History.</source>
        <translation>Quand vous êtes tous deux d&apos;accord sur chaque limite active, vous pouvez signer une nouvelle version. Les versions signées ne sont jamais réécrites&#xa0;; comparez-en deux dans Historique.</translation>
    </message>
    <message>
        <source>In the list, the arrow keys move between boundaries and Tab moves on to the details beside it.</source>
        <translation>Dans la liste, les touches fléchées passent d&apos;une limite à l&apos;autre et Tab mène aux détails à côté.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>A check-in walks you through how each of you feels now (0 to 10, or rather not say), an effort you noticed, what feels good and what you would like more of, boundaries due for a look, and what each of you needs this week.</source>
        <translation>Un échange vous guide à travers ce que chacun ressent maintenant (de 0 à 10, ou «&#xa0;je préfère ne pas répondre&#xa0;»), un effort que vous avez remarqué, ce qui fait du bien et ce dont vous aimeriez davantage, les limites à regarder à nouveau, et ce dont chacun a besoin cette semaine.</translation>
    </message>
    <message>
        <source>Every question can be left unanswered. On a rating, type a number to answer: 7 is 7, and 1 then 0 typed quickly is 10. Delete takes an answer back.</source>
        <translation>Chaque question peut rester sans réponse. Sur une échelle, tapez un chiffre pour répondre&#xa0;: 7 donne 7, et 1 puis 0 tapés rapidement donnent 10. Suppr retire une réponse.</translation>
    </message>
    <message>
        <source>Either of you can pause at any moment (Pause or Esc); the check-in is kept, encrypted, and opens again on the page you left.</source>
        <translation>Chacun de vous peut faire une pause à tout moment (Pause ou Échap)&#xa0;; l&apos;échange est conservé, chiffré, et se rouvre à la page que vous avez quittée.</translation>
    </message>
    <message>
        <source>When both of you take part on one screen, each answers in their own turn, and the answers of the first turn go out of sight before the screen is handed over.</source>
        <translation>Quand vous participez tous les deux sur un même écran, chacun répond à son tour, et les réponses du premier tour disparaissent de l&apos;écran avant le relais.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Private entries are stored in your own private space: your partner cannot open them. Shared notes are for both of you.</source>
        <translation>Les entrées privées sont conservées dans votre propre espace privé&#xa0;: votre partenaire ne peut pas les ouvrir. Les notes partagées sont pour vous deux.</translation>
    </message>
    <message>
        <source>Entries save themselves as you write. A mood and tags are optional.</source>
        <translation>Les entrées s&apos;enregistrent au fil de l&apos;écriture. Une humeur et des étiquettes sont facultatives.</translation>
    </message>
    <message>
        <source>Search finds words in every entry you can open, inside the encrypted vault.</source>
        <translation>La recherche trouve des mots dans toutes les entrées que vous pouvez ouvrir, à l&apos;intérieur du coffre chiffré.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The timeline shows everything you may see, newest first: check-ins, appreciations, signed versions, journal entries and milestones.</source>
        <translation>La chronologie montre tout ce que vous pouvez voir, du plus récent au plus ancien&#xa0;: échanges, remerciements, versions signées, entrées du journal et moments marquants.</translation>
    </message>
    <message>
        <source>The trend chart shows each partner&apos;s check-in answers over time, with signed versions of the agreement marked v1, v2 and so on. Its words below the chart say the same for anyone who cannot see it.</source>
        <translation>Le graphique des tendances montre les réponses de chaque partenaire aux échanges au fil du temps, avec les versions signées de l&apos;accord marquées v1, v2, etc. Le texte sous le graphique dit la même chose pour qui ne peut pas le voir.</translation>
    </message>
    <message>
        <source>A report for a therapist can be printed or saved as a PDF for the dates you choose.</source>
        <translation>Un rapport destiné à un ou une thérapeute peut être imprimé ou enregistré en PDF pour les dates de votre choix.</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>The desire list: each of you answers privately, for each thing couples do together, yes, yes with care, maybe, not now or no. Your answers stay in your own private space.</source>
        <translation>La liste d&apos;envies&#xa0;: chacun de vous répond en privé, pour chaque chose que font les couples ensemble, oui, oui avec précaution, peut-être, pas maintenant ou non. Vos réponses restent dans votre propre espace privé.</translation>
    </message>
    <message>
        <source>Looking together needs both of you, each proving it is them with their own password. It shows only what you both said yes to: never a no, and never a yes the other did not share.</source>
        <translation>Regarder ensemble demande votre présence à tous les deux, chacun prouvant que c&apos;est bien lui avec son propre mot de passe. Seul ce à quoi vous avez tous deux dit oui apparaît&#xa0;: jamais un non, et jamais un oui que l&apos;autre n&apos;a pas partagé.</translation>
    </message>
    <message>
        <source>Steps at our own pace open one at a time, only when both of you have privately said you are ready. Either of you can step back, without giving a reason.</source>
        <translation>Les étapes à notre rythme s&apos;ouvrent une à une, seulement quand vous avez tous deux dit en privé que vous êtes prêts. Chacun de vous peut revenir en arrière, sans avoir à donner de raison.</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Moments difficiles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M, from any page, opens one calm screen: your trigger plan, your partner&apos;s plan if they shared it, a short grounding step and the time-out.</source>
        <translation>Ctrl+Shift+M, depuis n&apos;importe quelle page, ouvre un écran apaisant&#xa0;: votre plan face aux déclencheurs, celui de votre partenaire s&apos;il l&apos;a partagé, un court exercice d&apos;ancrage et le temps mort.</translation>
    </message>
    <message>
        <source>Your trigger plan is private: signs you are triggered, what helps, what does not, the words you need to hear and what you will do for yourself. You can share a copy with your partner and take it back at any time.</source>
        <translation>Votre plan face aux déclencheurs est privé&#xa0;: les signes que vous êtes déclenché·e, ce qui aide, ce qui n&apos;aide pas, les mots dont vous avez besoin et ce que vous ferez pour vous. Vous pouvez en partager une copie avec votre partenaire et la reprendre à tout moment.</translation>
    </message>
    <message>
        <source>A time-out pauses a conversation or a check-in for 20 minutes up to a day (30 minutes unless you choose). TrustDesk shows who paused and when you said you would come back, and offers to pick up again then. It keeps no count of them.</source>
        <translation>Un temps mort met en pause une conversation ou un échange pour 20 minutes à un jour (30 minutes si vous ne choisissez pas). TrustDesk indique qui a fait la pause et quand vous avez dit que vous reviendriez, puis propose de reprendre à ce moment-là. Il ne les compte pas.</translation>
    </message>
    <message>
        <source>Hard days ahead: list a day you can see coming, with what you will do to reassure. Home mentions it gently the day before.</source>
        <translation>Jours difficiles à venir&#xa0;: notez un jour que vous voyez venir, avec ce que vous ferez pour rassurer. L&apos;accueil le mentionne avec douceur la veille.</translation>
    </message>
    <message>
        <source>“I noticed…” on Home thanks your partner for an effort on any day; check-ins still gather appreciations too.</source>
        <translation>«&#xa0;J&apos;ai remarqué…&#xa0;» sur l&apos;accueil remercie votre partenaire pour un effort, n&apos;importe quel jour&#xa0;; les échanges recueillent aussi des remerciements.</translation>
    </message>
    <message>
        <source>Honest answers</source>
        <translation>Réponses sincères</translation>
    </message>
    <message>
        <source>The partner with questions writes them privately and shares them when ready, as many as they choose. Unshared questions stay in their private space.</source>
        <translation>Le partenaire qui a des questions les écrit en privé et les partage quand il est prêt, autant qu&apos;il le souhaite. Les questions non partagées restent dans son espace privé.</translation>
    </message>
    <message>
        <source>The other partner answers each one in writing, or promises to answer it in person by a day. A given answer is kept exactly as it was given; either of you can add follow-ups below it.</source>
        <translation>L&apos;autre partenaire répond à chacune par écrit, ou promet d&apos;y répondre de vive voix d&apos;ici une date. Une réponse donnée est conservée telle quelle&#xa0;; chacun de vous peut ajouter des suites en dessous.</translation>
    </message>
    <message>
        <source>A session lasts as long as the person asking chooses; when the time is up, TrustDesk suggests a break. “I have what I need” closes a question.</source>
        <translation>Une séance dure aussi longtemps que la personne qui pose les questions le choisit&#xa0;; une fois le temps écoulé, TrustDesk propose une pause. «&#xa0;J&apos;ai ce qu&apos;il me faut&#xa0;» clôt une question.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Ctrl+L locks TrustDesk at once. Ctrl+Shift+H locks and hides the window in one keystroke.</source>
        <translation>Ctrl+L verrouille TrustDesk immédiatement. Ctrl+Shift+H verrouille et masque la fenêtre d&apos;une seule touche.</translation>
    </message>
    <message>
        <source>TrustDesk also locks itself after some minutes without use (five, unless you change it in Settings), and when the screen locks or the computer goes to sleep, where the desktop tells it so.</source>
        <translation>TrustDesk se verrouille aussi après quelques minutes d&apos;inactivité (cinq, sauf si vous le changez dans les Paramètres), ainsi que lorsque l&apos;écran se verrouille ou que l&apos;ordinateur se met en veille, si le bureau le lui signale.</translation>
    </message>
    <message>
        <source>Locking closes the vault&apos;s files and clears every page and password field. What you were writing is already saved, encrypted, so nothing is lost.</source>
        <translation>Le verrouillage ferme les fichiers du coffre et vide chaque page et chaque champ de mot de passe. Ce que vous écriviez est déjà enregistré, chiffré&#xa0;: rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Each partner has a private space that only their own password opens, and both share one space for the agreement, check-ins, appreciations and shared notes.</source>
        <translation>Chaque partenaire a un espace privé que seul son propre mot de passe ouvre, et tous deux partagent un espace pour l&apos;accord, les échanges, les remerciements et les notes partagées.</translation>
    </message>
    <message>
        <source>A second partner can join at any time from Partners → Invite your partner. They choose their own name, colour and password and get their own recovery code.</source>
        <translation>Un deuxième partenaire peut vous rejoindre à tout moment via Partenaires → Inviter votre partenaire. Il choisit son propre nom, sa couleur et son mot de passe, et reçoit son propre code de récupération.</translation>
    </message>
    <message>
        <source>Partners → Switch partner signs the other partner in: the first partner&apos;s private space closes, the shared space stays open.</source>
        <translation>Partenaires → Changer de partenaire connecte l&apos;autre partenaire&#xa0;: l&apos;espace privé du premier se ferme, l&apos;espace partagé reste ouvert.</translation>
    </message>
    <message>
        <source>Removing a partner</source>
        <translation>Retirer un partenaire</translation>
    </message>
    <message>
        <source>Passwords and recovery codes</source>
        <translation>Mots de passe et codes de récupération</translation>
    </message>
    <message>
        <source>Each partner has a password and a recovery code. The recovery code can set a new password if the old one is forgotten: choose “Forgot my password” when unlocking.</source>
        <translation>Chaque partenaire a un mot de passe et un code de récupération. Le code de récupération permet de choisir un nouveau mot de passe si l&apos;ancien est oublié&#xa0;: choisissez «&#xa0;J&apos;ai oublié mon mot de passe&#xa0;» au déverrouillage.</translation>
    </message>
    <message>
        <source>Changing your password (Vault → Change password) leaves your recovery code and your partner&apos;s password as they are. Your spaces get new keys and older backups are re-protected, so the old password opens nothing any more.</source>
        <translation>Changer votre mot de passe (Coffre → Changer le mot de passe) ne touche ni à votre code de récupération ni au mot de passe de votre partenaire. Vos espaces reçoivent de nouvelles clés et les anciennes sauvegardes sont protégées à nouveau&#xa0;: l&apos;ancien mot de passe n&apos;ouvre plus rien.</translation>
    </message>
    <message>
        <source>Vault → New recovery code makes a new code and sheet; the old code then opens nothing, in the vault or in its backups.</source>
        <translation>Coffre → Nouveau code de récupération crée un nouveau code et une nouvelle fiche&#xa0;; l&apos;ancien code n&apos;ouvre alors plus rien, ni dans le coffre ni dans ses sauvegardes.</translation>
    </message>
    <message>
        <source>There is no other way in. Keep the recovery sheet somewhere only you can reach.</source>
        <translation>Il n&apos;y a pas d&apos;autre moyen d&apos;entrer. Gardez la fiche de récupération dans un endroit que vous seul·e pouvez atteindre.</translation>
    </message>
    <message>
        <source>A private, offline place for couples — or one partner alone — rebuilding trust: a boundary agreement you both sign, gentle check-ins, a private journal each, and a timeline of how far you have come.</source>
        <translation>Un lieu privé, hors ligne, pour les couples — ou un partenaire seul — qui reconstruisent la confiance&#xa0;: un accord sur vos limites que vous signez tous les deux, des échanges bienveillants, un journal privé pour chacun, et une chronologie du chemin parcouru.</translation>
    </message>
    <message>
        <source>Everything stays encrypted on this computer. TrustDesk has no account, no cloud and no network code.</source>
        <translation>Tout reste chiffré sur cet ordinateur. TrustDesk n&apos;a ni compte, ni cloud, ni code réseau.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>À propos de TrustDesk</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texte d&apos;aide</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Sujets d&apos;aide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Agreement history</source>
        <translation>Historique de l&apos;accord</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>Versions signées</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>La version choisie</translation>
    </message>
    <message>
        <source>Compare with the current draft</source>
        <translation>Comparer avec le brouillon en cours</translation>
    </message>
    <message>
        <source>Compare with the version before</source>
        <translation>Comparer avec la version précédente</translation>
    </message>
    <message>
        <source>Print this version</source>
        <translation>Imprimer cette version</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>about a year ago</source>
        <translation>il y a environ un an</translation>
    </message>
    <message>
        <source>This is the beginning. Once you save a first check-in, this is where you will see how far you have come.</source>
        <translation>C&apos;est le début. Une fois votre premier échange enregistré, c&apos;est ici que vous verrez le chemin parcouru.</translation>
    </message>
    <message>
        <source>Your agreement is signed (version {number}).</source>
        <translation>Votre accord est signé (version {number}).</translation>
    </message>
    <message>
        <source>You began on {day}, {ago}.</source>
        <translation>Vous avez commencé le {day}, {ago}.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held} together and shared {shared}.</source>
        <translation>Depuis, vous vous êtes posés pour {held} ensemble et avez partagé {shared}.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held} and shared {shared}.</source>
        <translation>Depuis, vous vous êtes posé·e pour {held} et avez partagé {shared}.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held} together.</source>
        <translation>Depuis, vous vous êtes posés pour {held} ensemble.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held}.</source>
        <translation>Depuis, vous vous êtes posé·e pour {held}.</translation>
    </message>
    <message>
        <source>Your agreement is at version {number}, signed on {day}.</source>
        <translation>Votre accord en est à la version {number}, signée le {day}.</translation>
    </message>
    <message>
        <source>Your agreement is at version {number}.</source>
        <translation>Votre accord en est à la version {number}.</translation>
    </message>
    <message numerus="yes">
        <source>about %n years ago</source>
        <translation>
            <numerusform>il y a environ %n an</numerusform>
            <numerusform>il y a environ %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appreciations</source>
        <translation>
            <numerusform>%n remerciement</numerusform>
            <numerusform>%n remerciements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>il y a %n semaine</numerusform>
            <numerusform>il y a %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n years ago</source>
        <translation>
            <numerusform>il y a plus de %n an</numerusform>
            <numerusform>il y a plus de %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the agreement</source>
        <translation>
            <numerusform>et %n autre dans l&apos;accord</numerusform>
            <numerusform>et %n autres dans l&apos;accord</numerusform>
        </translation>
    </message>
    <message>
        <source>Your recovery code needs renewing: the vault&apos;s keys were renewed, and the code from before no longer opens it. Whenever it suits you, Vault → New recovery code… makes a new one to print or keep.</source>
        <translation>Votre code de récupération doit être renouvelé&#xa0;: les clés du coffre ont été renouvelées, et l&apos;ancien code ne l&apos;ouvre plus. Quand cela vous convient, Coffre → Nouveau code de récupération… en crée un nouveau à imprimer ou à conserver.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>Looking at the desire list again</source>
        <translation>Reprendre la liste d&apos;envies</translation>
    </message>
    <message>
        <source>How far you have come</source>
        <translation>Le chemin parcouru</translation>
    </message>
    <message>
        <source>Open the timeline</source>
        <translation>Ouvrir la chronologie</translation>
    </message>
    <message>
        <source>Boundaries to look at again</source>
        <translation>Limites à regarder à nouveau</translation>
    </message>
    <message>
        <source>Recent appreciations</source>
        <translation>Remerciements récents</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Moments marquants</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Bonjour, {name}</translation>
    </message>
    <message>
        <source>A check-in is paused. You can go on from where you stopped, whenever you like.</source>
        <translation>Un échange est en pause. Vous pouvez le reprendre là où vous vous êtes arrêtés, quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be looked at again.</source>
        <translation>Rien n&apos;attend d&apos;être regardé à nouveau.</translation>
    </message>
    <message>
        <source>Open the boundary: {text}</source>
        <translation>Ouvrir la limite&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Open it in the agreement</source>
        <translation>L&apos;ouvrir dans l&apos;accord</translation>
    </message>
    <message>
        <source>You can look at them at your next check-in, or in the agreement.</source>
        <translation>Vous pouvez les regarder lors de votre prochain échange, ou dans l&apos;accord.</translation>
    </message>
    <message>
        <source>Efforts you notice and say out loud at check-ins appear here.</source>
        <translation>Les efforts que vous remarquez et exprimez lors des échanges apparaissent ici.</translation>
    </message>
    <message>
        <source>Days worth remembering appear here. Add one on the timeline.</source>
        <translation>Les jours dont on veut se souvenir apparaissent ici. Ajoutez-en un dans la chronologie.</translation>
    </message>
    <message>
        <source>A former partner</source>
        <translation>Un·e ex-partenaire</translation>
    </message>
    <message>
        <source>{name} appreciated: {words}</source>
        <translation>{name} a remercié&#xa0;: {words}</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <source>Invite your partner</source>
        <translation>Inviter votre partenaire</translation>
    </message>
    <message>
        <source>Hand the keyboard to your partner. They choose their own name, colour and password.</source>
        <translation>Passez le clavier à votre partenaire. Il ou elle choisit son propre nom, sa couleur et son mot de passe.</translation>
    </message>
    <message>
        <source>They get a private space of their own: you cannot open theirs, and they cannot open yours. The agreement, check-ins and shared notes belong to you both.</source>
        <translation>Votre partenaire reçoit son propre espace privé&#xa0;: vous ne pouvez pas ouvrir le sien, et il ou elle ne peut pas ouvrir le vôtre. L&apos;accord, les échanges et les notes partagées vous appartiennent à tous les deux.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Votre couleur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>This copy will not be encrypted</source>
        <translation>Cette copie ne sera pas chiffrée</translation>
    </message>
    <message>
        <source>Markdown and JSON files are plain text: anyone who can open the file can read every word in it, and it stays on the disk until you delete it.

Keep it somewhere only you can reach, and delete it when you no longer need it. For a copy that stays private, choose the encrypted backup instead.</source>
        <translation>Les fichiers Markdown et JSON sont du texte brut&#xa0;: toute personne qui peut ouvrir le fichier peut en lire chaque mot, et il reste sur le disque jusqu&apos;à ce que vous le supprimiez.

Gardez-le là où vous seul·e pouvez l&apos;atteindre, et supprimez-le quand vous n&apos;en avez plus besoin. Pour une copie qui reste privée, choisissez plutôt la sauvegarde chiffrée.</translation>
    </message>
    <message>
        <source>Export {space}</source>
        <translation>Exporter&#xa0;: {space}</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Exporter sans chiffrement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose where the backup goes</source>
        <translation>Choisir l&apos;emplacement de la sauvegarde</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>The export could not be written</source>
        <translation>L&apos;export n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>Backup copy made</source>
        <translation>Copie de sauvegarde créée</translation>
    </message>
    <message>
        <source>An encrypted copy of the vault is in {folder}.</source>
        <translation>Une copie chiffrée du coffre se trouve dans {folder}.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to {file}.</source>
        <translation>
            <numerusform>%n entrée écrite dans {file}.</numerusform>
            <numerusform>%n entrées écrites dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your private journal is empty.

Write what you cannot say yet, or what you want to remember. Press Ctrl+N to begin.</source>
        <translation>Votre journal privé est vide.

Écrivez ce que vous ne pouvez pas encore dire, ou ce dont vous voulez vous souvenir. Appuyez sur Ctrl+N pour commencer.</translation>
    </message>
    <message>
        <source>No shared notes yet.

Shared notes can be read by both of you.</source>
        <translation>Pas encore de notes partagées.

Les notes partagées peuvent être lues par vous deux.</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or fewer words.</source>
        <translation>Rien trouvé. Essayez un autre mot, ou moins de mots.</translation>
    </message>
    <message>
        <source>Search this journal  (Ctrl+F)</source>
        <translation>Rechercher dans ce journal  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search this journal</source>
        <translation>Rechercher dans ce journal</translation>
    </message>
    <message>
        <source>Order of search results</source>
        <translation>Ordre des résultats de recherche</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Meilleure correspondance</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Show only entries with this tag</source>
        <translation>N&apos;afficher que les entrées avec cette étiquette</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Show the calendar</source>
        <translation>Afficher le calendrier</translation>
    </message>
    <message>
        <source>Go to a day</source>
        <translation>Aller à un jour</translation>
    </message>
    <message>
        <source>Back to the newest</source>
        <translation>Revenir aux plus récentes</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Entrées, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Commencer une nouvelle entrée (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>From {day} back</source>
        <translation>Du {day} en remontant</translation>
    </message>
    <message>
        <source>Choose an entry from the list, or start a new one (Ctrl+N).</source>
        <translation>Choisissez une entrée dans la liste, ou commencez-en une nouvelle (Ctrl+N).</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>My private journal</source>
        <translation>Mon journal privé</translation>
    </message>
    <message>
        <source>Shared notes</source>
        <translation>Notes partagées</translation>
    </message>
    <message>
        <source>Shared notes, readable by both of you</source>
        <translation>Notes partagées, lisibles par vous deux</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>La remettre</translation>
    </message>
    <message>
        <source>Bring the deleted entry back</source>
        <translation>Remettre l&apos;entrée supprimée</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>My private journal ({name})</source>
        <translation>Mon journal privé ({name})</translation>
    </message>
    <message>
        <source>{name}&apos;s private journal: only {name} can open it</source>
        <translation>Journal privé de {name}&#xa0;: seul·e {name} peut l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Write whatever you need to. Only you can read it.</source>
        <translation>Écrivez tout ce dont vous avez besoin. Vous seul·e pouvez le lire.</translation>
    </message>
    <message>
        <source>A note for you both. Your partner can read it too.</source>
        <translation>Une note pour vous deux. Votre partenaire peut la lire aussi.</translation>
    </message>
    <message>
        <source>{name}&apos;s private journal. Only you can open it.</source>
        <translation>Journal privé de {name}. Vous seul·e pouvez l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Search your private journal  (Ctrl+F)</source>
        <translation>Rechercher dans votre journal privé  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shared notes. {name} can read them too.</source>
        <translation>Notes partagées. {name} peut les lire aussi.</translation>
    </message>
    <message>
        <source>Shared notes.</source>
        <translation>Notes partagées.</translation>
    </message>
    <message>
        <source>Search the shared notes  (Ctrl+F)</source>
        <translation>Rechercher dans les notes partagées  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Votre partenaire</translation>
    </message>
    <message>
        <source>{name} wrote this note. Only {name} can change it.</source>
        <translation>{name} a écrit cette note. Seul·e {name} peut la modifier.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Supprimer cette entrée&#xa0;?</translation>
    </message>
    <message>
        <source>“{title}” will be deleted from this journal. You can bring it back straight away.</source>
        <translation>«&#xa0;{title}&#xa0;» sera supprimée de ce journal. Vous pouvez la remettre tout de suite.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>“{title}” was deleted.</source>
        <translation>«&#xa0;{title}&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>{name}&apos;s private journal</source>
        <translation>Journal privé de {name}</translation>
    </message>
    <message>
        <source>Day of this entry</source>
        <translation>Jour de cette entrée</translation>
    </message>
    <message>
        <source>Wednesday 30 September 2026</source>
        <translation>mercredi 30 septembre 2026</translation>
    </message>
    <message>
        <source>Mood (optional)</source>
        <translation>Humeur (facultatif)</translation>
    </message>
    <message>
        <source>No mood chosen</source>
        <translation>Aucune humeur choisie</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titre (facultatif)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texte de l&apos;entrée</translation>
    </message>
    <message>
        <source>Write whatever you need to. Only you can open this.</source>
        <translation>Écrivez tout ce dont vous avez besoin. Vous seul·e pouvez l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Réessayer d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo typing</source>
        <translation>Annuler la saisie</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo typing</source>
        <translation>Rétablir la saisie</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>“ Quote</source>
        <translation>«&#xa0;Citation</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>{problem} Your words are still here, in this window. {advice}</source>
        <translation>{problem} Vos mots sont toujours là, dans cette fenêtre. {advice}</translation>
    </message>
</context>
<context>
    <name>Journal import</name>
    <message>
        <source>Import entries</source>
        <translation>Importer des entrées</translation>
    </message>
    <message>
        <source>Choose a jrnl JSON file…</source>
        <translation>Choisir un fichier JSON jrnl…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>What would be imported</source>
        <translation>Ce qui serait importé</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a jrnl JSON export</source>
        <translation>Choisir un export JSON de jrnl</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown or text files</source>
        <translation>Choisir un dossier de fichiers Markdown ou texte</translation>
    </message>
</context>
<context>
    <name>LeaveVaultDialog</name>
    <message>
        <source>Leave this vault</source>
        <translation>Quitter ce coffre</translation>
    </message>
    <message>
        <source>{name}, after leaving you can no longer open this vault: your password and recovery code stop working.</source>
        <translation>{name}, après votre départ, vous ne pourrez plus ouvrir ce coffre&#xa0;: votre mot de passe et votre code de récupération cesseront de fonctionner.</translation>
    </message>
    <message>
        <source>Your private space (journal, reflections, drafts) is not deleted, but no one will be able to open it any more — including you. If you want to keep any of it, export it before you leave.</source>
        <translation>Votre espace privé (journal, réflexions, brouillons) n&apos;est pas supprimé, mais plus personne ne pourra l&apos;ouvrir — vous non plus. Si vous souhaitez en garder quelque chose, exportez-le avant de partir.</translation>
    </message>
    <message>
        <source>The shared space stays whole for {others}, including what you wrote there.</source>
        <translation>L&apos;espace partagé reste entier pour {others}, y compris ce que vous y avez écrit.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Main window</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock TrustDesk now (Ctrl+L)</source>
        <translation>Verrouiller TrustDesk maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick &amp;hide</source>
        <translation>&amp;Cacher aussitôt</translation>
    </message>
    <message>
        <source>Lock and hide the window at once</source>
        <translation>Verrouiller et masquer la fenêtre d&apos;un coup</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Nouveau code de &amp;récupération…</translation>
    </message>
    <message>
        <source>Make a new recovery code; the old one then opens nothing</source>
        <translation>Créer un nouveau code de récupération&#xa0;; l&apos;ancien n&apos;ouvrira plus rien</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Close TrustDesk</source>
        <translation>&amp;Fermer TrustDesk</translation>
    </message>
    <message>
        <source>&amp;Invite your partner…</source>
        <translation>&amp;Inviter votre partenaire…</translation>
    </message>
    <message>
        <source>Let your partner join this vault</source>
        <translation>Permettre à votre partenaire de rejoindre ce coffre</translation>
    </message>
    <message>
        <source>&amp;Switch partner…</source>
        <translation>&amp;Changer de partenaire…</translation>
    </message>
    <message>
        <source>Sign the other partner in</source>
        <translation>Connecter l&apos;autre partenaire</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>&amp;Partenaires…</translation>
    </message>
    <message>
        <source>&amp;Renew the shared key…</source>
        <translation>&amp;Renouveler la clé partagée…</translation>
    </message>
    <message>
        <source>Make sure keys a former partner kept no longer open the shared space</source>
        <translation>S&apos;assurer que les clés gardées par un ancien partenaire n&apos;ouvrent plus l&apos;espace partagé</translation>
    </message>
    <message>
        <source>TrustDesk &amp;help</source>
        <translation>&amp;Aide de TrustDesk</translation>
    </message>
    <message>
        <source>Hard &amp;moment</source>
        <translation>&amp;Moment difficile</translation>
    </message>
    <message>
        <source>A calm screen for a hard moment: your plans, grounding, a time-out (Ctrl+Shift+M)</source>
        <translation>Un écran apaisant pour un moment difficile&#xa0;: vos plans, l&apos;ancrage, un temps mort (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>À &amp;propos de TrustDesk</translation>
    </message>
    <message>
        <source>Hard moment</source>
        <translation>Moment difficile</translation>
    </message>
    <message>
        <source>Switch partner</source>
        <translation>Changer de partenaire</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Switch to {name}…</source>
        <translation>&amp;Passer à {name}…</translation>
    </message>
    <message>
        <source>Sign {name} in; your private space closes</source>
        <translation>Connecter {name}&#xa0;; votre espace privé se ferme</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Add a milestone</source>
        <translation>Ajouter un moment marquant</translation>
    </message>
    <message>
        <source>A day worth remembering: a first, a conversation, a step you took together.</source>
        <translation>Un jour dont on veut se souvenir&#xa0;: une première fois, une conversation, un pas fait ensemble.</translation>
    </message>
    <message>
        <source>TrustDesk marked this day by itself. It stays on your timeline.</source>
        <translation>TrustDesk a marqué ce jour de lui-même. Il reste dans votre chronologie.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day of the milestone</source>
        <translation>Jour du moment marquant</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>For example: our first weekend away again</source>
        <translation>Par exemple&#xa0;: notre premier week-end à deux depuis longtemps</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A note about the milestone</source>
        <translation>Une note sur ce moment marquant</translation>
    </message>
    <message>
        <source>A few words to remember it by (optional)</source>
        <translation>Quelques mots pour vous en souvenir (facultatif)</translation>
    </message>
</context>
<context>
    <name>NewCodePage</name>
    <message>
        <source>A new recovery code</source>
        <translation>Un nouveau code de récupération</translation>
    </message>
    <message>
        <source>If someone may have seen your recovery sheet, or you simply want a fresh one, TrustDesk can make a new code for you.</source>
        <translation>Si quelqu&apos;un a pu voir votre fiche de récupération, ou si vous souhaitez simplement en avoir une nouvelle, TrustDesk peut créer un nouveau code pour vous.</translation>
    </message>
    <message>
        <source>Once the new code is made, your old recovery code opens nothing: not the vault, and not its backups, which are re-protected with the new code. Your password stays the same.</source>
        <translation>Une fois le nouveau code créé, votre ancien code de récupération n&apos;ouvre plus rien&#xa0;: ni le coffre, ni ses sauvegardes, qui sont protégées à nouveau avec le nouveau code. Votre mot de passe reste le même.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>{name}&apos;s colour</source>
        <translation>Couleur de {name}</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Connecté·e en tant que {name}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté·e</translation>
    </message>
    <message>
        <source>Keeping it private</source>
        <translation>Préserver votre intimité</translation>
    </message>
    <message>
        <source>How locking works</source>
        <translation>Comment fonctionne le verrouillage</translation>
    </message>
    <message>
        <source>This vault is yours alone. Your private space and the shared space are open.</source>
        <translation>Ce coffre n&apos;appartient qu&apos;à vous. Votre espace privé et l&apos;espace partagé sont ouverts.</translation>
    </message>
    <message>
        <source>Your private space and the shared space are open. {name}&apos;s private space stays closed: only {name} can open it.</source>
        <translation>Votre espace privé et l&apos;espace partagé sont ouverts. L&apos;espace privé de {name} reste fermé&#xa0;: seul·e {name} peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Locking after idle time is switched off in Settings.</source>
        <translation>Le verrouillage après inactivité est désactivé dans les Paramètres.</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once; Ctrl+Shift+H locks and hides the window. Everything you write is saved straight away, encrypted, so locking never loses anything.</source>
        <translation>Ctrl+L verrouille immédiatement&#xa0;; Ctrl+Shift+H verrouille et masque la fenêtre. Tout ce que vous écrivez est enregistré aussitôt, chiffré&#xa0;: verrouiller ne fait jamais rien perdre.</translation>
    </message>
    <message>
        <source>{name} (signed in)</source>
        <translation>{name} (connecté·e)</translation>
    </message>
    <message>
        <source>here since {day}</source>
        <translation>ici depuis le {day}</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk locks itself after %n minutes without use.</source>
        <translation>
            <numerusform>TrustDesk se verrouille après %n minute d&apos;inactivité.</numerusform>
            <numerusform>TrustDesk se verrouille après %n minutes d&apos;inactivité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Moments difficiles</translation>
    </message>
    <message>
        <source>Honest answers</source>
        <translation>Réponses sincères</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Partners of this vault</source>
        <translation>Partenaires de ce coffre</translation>
    </message>
    <message>
        <source>Leave this vault…</source>
        <translation>Quitter ce coffre…</translation>
    </message>
    <message>
        <source>How removing a partner works</source>
        <translation>Comment fonctionne le retrait d&apos;un partenaire</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>Too easy to guess</source>
        <translation>Trop facile à deviner</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>This one is widely used. Try a few unrelated words.</source>
        <translation>Celui-ci est très répandu. Essayez quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Trop court</translation>
    </message>
    <message>
        <source>It is close to a password many people use. A few unrelated words are easier to remember and harder to guess.</source>
        <translation>Il ressemble à un mot de passe que beaucoup de gens utilisent. Quelques mots sans rapport entre eux sont plus faciles à retenir et plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>A few unrelated words together are easier to remember and harder to guess.</source>
        <translation>Quelques mots sans rapport entre eux sont plus faciles à retenir et plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Good start. Another word or two would make it much stronger.</source>
        <translation>Bon début. Un ou deux mots de plus le rendraient bien plus robuste.</translation>
    </message>
    <message>
        <source>A good password. Keep it somewhere only you can find.</source>
        <translation>Un bon mot de passe. Gardez-le dans un endroit que vous seul·e pouvez trouver.</translation>
    </message>
    <message>
        <source>A strong password. Keep it somewhere only you can find.</source>
        <translation>Un mot de passe robuste. Gardez-le dans un endroit que vous seul·e pouvez trouver.</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password feedback</source>
        <translation>Avis sur le mot de passe</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Tapez-le à nouveau</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Confirmation feedback</source>
        <translation>Avis sur la confirmation</translation>
    </message>
    <message>
        <source>&lt;b&gt;{level}.&lt;/b&gt; {hint}</source>
        <translation>&lt;b&gt;{level}.&lt;/b&gt; {hint}</translation>
    </message>
    <message>
        <source>The two passwords match.</source>
        <translation>Les deux mots de passe correspondent.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Les deux mots de passe ne sont pas encore identiques.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more characters, please.</source>
        <translation>
            <numerusform>Encore %n caractère, s&apos;il vous plaît.</numerusform>
            <numerusform>Encore %n caractères, s&apos;il vous plaît.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Draft — not signed</source>
        <translation>Brouillon — non signé</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Pourquoi c&apos;est important&#xa0;:</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Notre accord</translation>
    </message>
    <message>
        <source>My agreement</source>
        <translation>Mon accord</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>Version {number} · signed on {day}</source>
        <translation>Version {number} · signée le {day}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Agreement (draft, not signed)</source>
        <translation>Accord (brouillon, non signé)</translation>
    </message>
    <message>
        <source>Agreement, version {number}</source>
        <translation>Accord, version {number}</translation>
    </message>
    <message>
        <source>This is a draft to talk over together. It is not in force until both of us have agreed to every clause and signed it.</source>
        <translation>Ceci est un brouillon à discuter ensemble. Il ne s&apos;applique pas tant que nous n&apos;avons pas tous deux accepté chaque clause et signé.</translation>
    </message>
    <message>
        <source>This is a draft to think over. It is not in force until it is signed.</source>
        <translation>Ceci est un brouillon à méditer. Il ne s&apos;applique pas tant qu&apos;il n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>These are the boundaries we agreed on together. Each one is here because both of us chose it, and either of us can ask to talk about it again.</source>
        <translation>Voici les limites que nous avons convenues ensemble. Chacune est là parce que nous l&apos;avons choisie tous les deux, et chacun de nous peut demander à en reparler.</translation>
    </message>
    <message>
        <source>These are the boundaries I chose. I can come back to any of them.</source>
        <translation>Voici les limites que j&apos;ai choisies. Je peux revenir sur chacune d&apos;elles.</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Imprimé le {day}</translation>
    </message>
    <message>
        <source>No clauses have been written yet.</source>
        <translation>Aucune clause n&apos;a encore été écrite.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>We have each read this agreement and agree to it.</source>
        <translation>Nous avons chacun lu cet accord et nous l&apos;acceptons.</translation>
    </message>
    <message>
        <source>I have read this agreement and agree to it.</source>
        <translation>J&apos;ai lu cet accord et je l&apos;accepte.</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>Signature de {name}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signed in TrustDesk as “{name}” on {day}.</source>
        <translation>Signé dans TrustDesk en tant que «&#xa0;{name}&#xa0;» le {day}.</translation>
    </message>
    <message>
        <source>Signed in TrustDesk as “{name}”.</source>
        <translation>Signé dans TrustDesk en tant que «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>printed on {day}</source>
        <translation>imprimé le {day}</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Je comprends</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Save a copy of the agreement</source>
        <translation>Enregistrer une copie de l&apos;accord</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>Rien n&apos;a été imprimé</translation>
    </message>
    <message>
        <source>The file {file} could not be written. Choose another folder, or check that the disk has room and the file is not open elsewhere.</source>
        <translation>Le fichier {file} n&apos;a pas pu être écrit. Choisissez un autre dossier, ou vérifiez que le disque a de la place et que le fichier n&apos;est pas ouvert ailleurs.</translation>
    </message>
    <message>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The printer could not be reached. Check that it is on and try again.</source>
        <translation>L&apos;imprimante est injoignable. Vérifiez qu&apos;elle est allumée et réessayez.</translation>
    </message>
    <message>
        <source>TrustDesk recovery sheet</source>
        <translation>Fiche de récupération TrustDesk</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Fiche de récupération</translation>
    </message>
    <message>
        <source>For {name} · made on {day}</source>
        <translation>Pour {name} · créée le {day}</translation>
    </message>
    <message>
        <source>If you ever forget your TrustDesk password, this code lets you choose a new one. Your journal, your private space and everything you share stay as they are.</source>
        <translation>Si vous oubliez un jour votre mot de passe TrustDesk, ce code vous permet d&apos;en choisir un nouveau. Votre journal, votre espace privé et tout ce que vous partagez restent tels quels.</translation>
    </message>
    <message>
        <source>YOUR RECOVERY CODE</source>
        <translation>VOTRE CODE DE RÉCUPÉRATION</translation>
    </message>
    <message>
        <source>Letters and digits only: the code does not mind upper or lower case, and O and 0, or I and 1, count as the same.</source>
        <translation>Lettres et chiffres uniquement&#xa0;: le code ne tient pas compte des majuscules et minuscules, et O et 0, ou I et 1, comptent comme identiques.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Comment l&apos;utiliser</translation>
    </message>
    <message>
        <source>On the unlock screen, choose to use a recovery code, type this code, and then choose a new password.</source>
        <translation>Sur l&apos;écran de déverrouillage, choisissez d&apos;utiliser un code de récupération, tapez ce code, puis choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Où le conserver</translation>
    </message>
    <message>
        <source>Somewhere safe and private that you can find again: a locked drawer, a folder with your important papers.</source>
        <translation>Dans un endroit sûr et privé où vous la retrouverez&#xa0;: un tiroir fermé à clé, un dossier avec vos papiers importants.</translation>
    </message>
    <message>
        <source>Not next to the computer, and not as a photo or a file on it.</source>
        <translation>Pas à côté de l&apos;ordinateur, ni en photo ou en fichier sur celui-ci.</translation>
    </message>
    <message>
        <source>You can make a new sheet in TrustDesk at any time; its new code replaces this one.</source>
        <translation>Vous pouvez créer une nouvelle fiche dans TrustDesk à tout moment&#xa0;; son nouveau code remplace celui-ci.</translation>
    </message>
    <message>
        <source>Please keep it private</source>
        <translation>Merci de le garder pour vous</translation>
    </message>
    <message>
        <source>Anyone holding this code can set a new password </source>
        <translation>Toute personne qui détient ce code peut choisir un nouveau mot de passe </translation>
    </message>
    <message>
        <source>and read what your password opens. Keep it as carefully as a house key. If you think someone has seen it, make a new sheet in TrustDesk: the old code stops working.</source>
        <translation>et lire ce que votre mot de passe ouvre. Gardez-le aussi précieusement qu&apos;une clé de maison. Si vous pensez que quelqu&apos;un l&apos;a vu, créez une nouvelle fiche dans TrustDesk&#xa0;: l&apos;ancien code cessera de fonctionner.</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>Please confirm it is you</source>
        <translation>Merci de confirmer que c&apos;est bien vous</translation>
    </message>
    <message>
        <source>{name}, please confirm it is you</source>
        <translation>{name}, merci de confirmer que c&apos;est bien vous</translation>
    </message>
    <message>
        <source>What this is for</source>
        <translation>À quoi cela sert</translation>
    </message>
    <message>
        <source>Only {name} types here, with their own password. It stays on this computer and is not saved.</source>
        <translation>Seul·e {name} tape ici, avec son propre mot de passe. Il reste sur cet ordinateur et n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>{name}&apos;s &amp;password</source>
        <translation>&amp;Mot de passe de {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s password</source>
        <translation>Mot de passe de {name}</translation>
    </message>
    <message>
        <source>Confirm it is me</source>
        <translation>Confirmer que c&apos;est moi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s password. Take your time and try again; capital letters count.</source>
        <translation>Ce n&apos;est pas le mot de passe de {name}. Prenez votre temps et réessayez&#xa0;; les majuscules comptent.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Honest answers</source>
        <translation>Réponses sincères</translation>
    </message>
    <message>
        <source>Questions are written privately and shared when the person asking is ready, as many as they choose. An answer is kept as it was given; more can be added below it.</source>
        <translation>Les questions sont écrites en privé et partagées quand la personne qui les pose est prête, autant qu&apos;elle le souhaite. Une réponse est conservée telle qu&apos;elle a été donnée&#xa0;; on peut en ajouter d&apos;autres en dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Length of this session</source>
        <translation>Durée de cette séance</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>My questions, not yet shared</source>
        <translation>Mes questions, pas encore partagées</translation>
    </message>
    <message>
        <source>Only you can see these. Tick the ones to share.</source>
        <translation>Vous seul·e pouvez les voir. Cochez celles à partager.</translation>
    </message>
    <message>
        <source>A question I would like answered</source>
        <translation>Une question à laquelle j&apos;aimerais une réponse</translation>
    </message>
    <message>
        <source>A new question</source>
        <translation>Une nouvelle question</translation>
    </message>
    <message>
        <source>Keep this question</source>
        <translation>Garder cette question</translation>
    </message>
    <message>
        <source>Remove ticked</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Share the ticked questions</source>
        <translation>Partager les questions cochées</translation>
    </message>
    <message>
        <source>Shared questions</source>
        <translation>Questions partagées</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La question</translation>
    </message>
    <message>
        <source>Your answer, in your own words</source>
        <translation>Votre réponse, avec vos propres mots</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>An answer is kept as you give it; you can add more below.</source>
        <translation>Une réponse est conservée telle que vous la donnez&#xa0;; vous pouvez ajouter d&apos;autres choses en dessous.</translation>
    </message>
    <message>
        <source>Give this answer</source>
        <translation>Donner cette réponse</translation>
    </message>
    <message>
        <source>or talk in person by</source>
        <translation>ou en parler de vive voix d&apos;ici le</translation>
    </message>
    <message>
        <source>Talk in person by this day</source>
        <translation>En parler de vive voix d&apos;ici ce jour</translation>
    </message>
    <message>
        <source>I will answer in person</source>
        <translation>Je répondrai de vive voix</translation>
    </message>
    <message>
        <source>Something to add below</source>
        <translation>Quelque chose à ajouter en dessous</translation>
    </message>
    <message>
        <source>A follow-up</source>
        <translation>Une suite</translation>
    </message>
    <message>
        <source>Add below</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>I have what I need</source>
        <translation>J&apos;ai ce qu&apos;il me faut</translation>
    </message>
    <message>
        <source>Close this question; it stays here as it is</source>
        <translation>Clore cette question&#xa0;; elle reste ici telle quelle</translation>
    </message>
    <message>
        <source>How long would you like to spend on this today?</source>
        <translation>Combien de temps aimeriez-vous y consacrer aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Sharing needs your partner in this vault</source>
        <translation>Pour partager, votre partenaire doit être dans ce coffre</translation>
    </message>
    <message>
        <source>You asked</source>
        <translation>Vous avez demandé</translation>
    </message>
    <message>
        <source>{name} asked</source>
        <translation>{name} a demandé</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Une question</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Vos questions</translation>
    </message>
    <message>
        <source>Share questions</source>
        <translation>Partager des questions</translation>
    </message>
    <message>
        <source>Tick the questions you would like to share, if any.</source>
        <translation>Cochez les questions que vous aimeriez partager, s&apos;il y en a.</translation>
    </message>
    <message>
        <source>Choose a shared question to read it.</source>
        <translation>Choisissez une question partagée pour la lire.</translation>
    </message>
    <message>
        <source>You answered, {day}:</source>
        <translation>Vous avez répondu, le {day}&#xa0;:</translation>
    </message>
    <message>
        <source>{name} answered, {day}:</source>
        <translation>{name} a répondu, le {day}&#xa0;:</translation>
    </message>
    <message>
        <source>You will answer in person, by {day}.</source>
        <translation>Vous répondrez de vive voix, d&apos;ici le {day}.</translation>
    </message>
    <message>
        <source>{name} will answer in person, by {day}.</source>
        <translation>{name} répondra de vive voix, d&apos;ici le {day}.</translation>
    </message>
    <message>
        <source>You added, {day}:</source>
        <translation>Vous avez ajouté, le {day}&#xa0;:</translation>
    </message>
    <message>
        <source>{name} added, {day}:</source>
        <translation>{name} a ajouté, le {day}&#xa0;:</translation>
    </message>
    <message>
        <source>Give this answer?</source>
        <translation>Donner cette réponse&#xa0;?</translation>
    </message>
    <message>
        <source>Once given, an answer stays as it is. You can always add to it below.</source>
        <translation>Une fois donnée, une réponse reste telle quelle. Vous pourrez toujours la compléter en dessous.</translation>
    </message>
    <message>
        <source>Give it</source>
        <translation>La donner</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Answer in person</source>
        <translation>Répondre de vive voix</translation>
    </message>
    <message>
        <source>Close the question</source>
        <translation>Clore la question</translation>
    </message>
    <message>
        <source>This session is yours until about {time}. You can stop whenever you like.</source>
        <translation>Cette séance vous appartient jusque vers {time}. Vous pouvez arrêter quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Closed — “I have what I need.”</source>
        <translation>Close — «&#xa0;J&apos;ai ce qu&apos;il me faut.&#xa0;»</translation>
    </message>
    <message>
        <source>Answered in writing</source>
        <translation>Réponse écrite</translation>
    </message>
    <message>
        <source>You will answer this in person, today</source>
        <translation>Vous y répondrez de vive voix, aujourd&apos;hui</translation>
    </message>
    <message>
        <source>You will answer this in person, by {day}</source>
        <translation>Vous y répondrez de vive voix, d&apos;ici le {day}</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Votre partenaire</translation>
    </message>
    <message>
        <source>{name} will answer this in person, today</source>
        <translation>{name} y répondra de vive voix, aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{name} will answer this in person, by {day}</source>
        <translation>{name} y répondra de vive voix, d&apos;ici le {day}</translation>
    </message>
    <message>
        <source>Waiting for an answer, in its own time</source>
        <translation>En attente d&apos;une réponse, à son rythme</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{day}, {time} ({reason})</source>
        <translation>{day}, {time} ({reason})</translation>
    </message>
    <message>
        <source>Set a new password with your recovery code</source>
        <translation>Choisir un nouveau mot de passe avec votre code de récupération</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>That is more than a recovery code.</source>
        <translation>C&apos;est plus long qu&apos;un code de récupération.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>TrustDesk keeps encrypted copies of the vault, made when it was opened. Choose the one to go back to; the newest is at the top.</source>
        <translation>TrustDesk garde des copies chiffrées du coffre, faites à chaque ouverture. Choisissez celle à laquelle revenir&#xa0;; la plus récente est en haut.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>%n more characters of the code.</source>
        <translation>
            <numerusform>Encore %n caractère du code.</numerusform>
            <numerusform>Encore %n caractères du code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>If you ever forget your password, this code lets you choose a new one. Write it down and keep it where only you can reach it: nobody else can open your private space for you.</source>
        <translation>Si vous oubliez un jour votre mot de passe, ce code vous permet d&apos;en choisir un nouveau. Notez-le et gardez-le là où vous seul·e pouvez l&apos;atteindre&#xa0;: personne d&apos;autre ne peut ouvrir votre espace privé à votre place.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimer la fiche de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Enregistrer la fiche de récupération en PDF</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Paper and PDF copies are not encrypted: keep them where only you can reach them.</source>
        <translation>Les copies papier et PDF ne sont pas chiffrées&#xa0;: gardez-les là où vous seul·e pouvez les atteindre.</translation>
    </message>
    <message>
        <source>Recovery code kept</source>
        <translation>Code de récupération conservé</translation>
    </message>
    <message>
        <source>I have kept my recovery code somewhere safe</source>
        <translation>J&apos;ai conservé mon code de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>You can sign in with Partners → Switch partner, or the next time TrustDesk is unlocked.</source>
        <translation>Vous pouvez vous connecter via Partenaires → Changer de partenaire, ou au prochain déverrouillage de TrustDesk.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>TrustDesk — Recovery</source>
        <translation>TrustDesk — Récupération</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Type the recovery code from your recovery sheet, then choose a new password. Your journal, agreement and check-ins stay exactly as they are.</source>
        <translation>Tapez le code de récupération figurant sur votre fiche, puis choisissez un nouveau mot de passe. Votre journal, votre accord et vos échanges restent exactement tels quels.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Code de &amp;récupération</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <source>Capitals, spaces and dashes do not matter.</source>
        <translation>Les majuscules, espaces et tirets n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>RemovePartnerDialog</name>
    <message>
        <source>Remove a partner</source>
        <translation>Retirer un partenaire</translation>
    </message>
    <message>
        <source>Remove {name} from this vault</source>
        <translation>Retirer {name} de ce coffre</translation>
    </message>
    <message>
        <source>{name} will no longer be able to open this vault: their password and recovery code stop working.</source>
        <translation>{name} ne pourra plus ouvrir ce coffre&#xa0;: son mot de passe et son code de récupération cesseront de fonctionner.</translation>
    </message>
    <message>
        <source>Their private space is not deleted, but no one will be able to open it any more — not you, and not {name}.</source>
        <translation>Son espace privé n&apos;est pas supprimé, mais plus personne ne pourra l&apos;ouvrir — ni vous, ni {name}.</translation>
    </message>
    <message>
        <source>The shared space stays whole: the agreement, check-ins, appreciations and shared notes, including everything {name} wrote there.</source>
        <translation>L&apos;espace partagé reste entier&#xa0;: l&apos;accord, les échanges, les remerciements et les notes partagées, y compris tout ce que {name} y a écrit.</translation>
    </message>
    <message>
        <source>The shared space gets a new key, so keys they may have kept open nothing written from now on. A backup of the whole vault is made first; like every backup, it is re-protected so that {name}&apos;s password opens none.</source>
        <translation>L&apos;espace partagé reçoit une nouvelle clé, de sorte que les clés que cette personne aurait gardées n&apos;ouvrent rien de ce qui sera écrit désormais. Une sauvegarde de tout le coffre est faite d&apos;abord&#xa0;; comme toute sauvegarde, elle est protégée à nouveau pour que le mot de passe de {name} n&apos;en ouvre aucune.</translation>
    </message>
    <message>
        <source>If {name} can be here, it is kinder to let them leave with their own password instead.</source>
        <translation>Si {name} peut être présent·e, il est plus délicat de lui laisser quitter le coffre avec son propre mot de passe.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Je comprends</translation>
    </message>
    <message>
        <source>I understand that {name} can no longer open this vault</source>
        <translation>Je comprends que {name} ne pourra plus ouvrir ce coffre</translation>
    </message>
    <message>
        <source>To confirm, type the word “{word}”</source>
        <translation>Pour confirmer, tapez le mot «&#xa0;{word}&#xa0;»</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Tapez {word} pour confirmer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>RenewKeyPage</name>
    <message>
        <source>Renew the shared key</source>
        <translation>Renouveler la clé partagée</translation>
    </message>
    <message>
        <source>Someone who once shared this vault may have kept a copy of its old keys. A new key for the shared space makes sure those keys no longer open it.</source>
        <translation>Quelqu&apos;un qui a un jour partagé ce coffre a pu garder une copie de ses anciennes clés. Une nouvelle clé pour l&apos;espace partagé garantit que ces clés ne l&apos;ouvrent plus.</translation>
    </message>
    <message>
        <source>Nothing in the vault changes or is lost. Your password stays the same; your recovery code is replaced by a new one, shown next.</source>
        <translation>Rien ne change ni ne se perd dans le coffre. Votre mot de passe reste le même&#xa0;; votre code de récupération est remplacé par un nouveau, affiché ensuite.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Check-in summaries</source>
        <translation>Résumés des échanges</translation>
    </message>
    <message>
        <source>How we have been feeling (charts)</source>
        <translation>Comment nous nous sentons (graphiques)</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <source>Our current agreement</source>
        <translation>Notre accord actuel</translation>
    </message>
    <message>
        <source>Check-in report</source>
        <translation>Rapport des échanges</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>Until {day}</source>
        <translation>Jusqu&apos;au {day}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <source>TrustDesk · check-in report</source>
        <translation>TrustDesk · rapport des échanges</translation>
    </message>
    <message>
        <source>Our check-ins</source>
        <translation>Nos échanges</translation>
    </message>
    <message>
        <source>My check-ins</source>
        <translation>Mes échanges</translation>
    </message>
    <message>
        <source>Prepared in TrustDesk to bring to a therapist. It holds what we shared at our check-ins, how each of us rated how we feel, the appreciations we gave each other and our current agreement. Private journals and private reflections are never included.</source>
        <translation>Préparé dans TrustDesk pour l&apos;apporter à un ou une thérapeute. Il contient ce que nous avons partagé lors de nos échanges, la façon dont chacun de nous a évalué son ressenti, les remerciements que nous nous sommes adressés et notre accord actuel. Les journaux privés et les réflexions personnelles n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>Prepared in TrustDesk to bring to a therapist. Private journal entries and private reflections are never included.</source>
        <translation>Préparé dans TrustDesk pour l&apos;apporter à un ou une thérapeute. Les entrées privées du journal et les réflexions personnelles n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>No check-ins were saved in this period.</source>
        <translation>Aucun échange n&apos;a été enregistré pendant cette période.</translation>
    </message>
    <message>
        <source>Version {number} of the agreement was signed on {day}.</source>
        <translation>La version {number} de l&apos;accord a été signée le {day}.</translation>
    </message>
    <message>
        <source>The agreement in force is version {number}.</source>
        <translation>L&apos;accord en vigueur est la version {number}.</translation>
    </message>
    <message>
        <source>How we have been feeling</source>
        <translation>Comment nous nous sentons</translation>
    </message>
    <message>
        <source>Each line is one of us, from 0 to 10; dashed lines mark a signed version of the agreement. Answers left out or “rather not say” are not drawn.</source>
        <translation>Chaque ligne représente l&apos;un de nous, de 0 à 10&#xa0;; les lignes pointillées marquent une version signée de l&apos;accord. Les réponses laissées vides ou «&#xa0;je préfère ne pas répondre&#xa0;» ne sont pas tracées.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Aucun pendant cette période.</translation>
    </message>
    <message>
        <source>a former partner</source>
        <translation>un·e ex-partenaire</translation>
    </message>
    <message>
        <source>A former partner</source>
        <translation>Un·e ex-partenaire</translation>
    </message>
    <message>
        <source>kept as it is</source>
        <translation>gardée telle quelle</translation>
    </message>
    <message>
        <source>to revisit together</source>
        <translation>à revoir ensemble</translation>
    </message>
    <message>
        <source>Agreement looked at again: “{clause}” — {outcome}.</source>
        <translation>Accord regardé à nouveau&#xa0;: «&#xa0;{clause}&#xa0;» — {outcome}.</translation>
    </message>
    <message>
        <source>{giver} to {receiver}</source>
        <translation>De {giver} à {receiver}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>What was noticed</source>
        <translation>Ce qui a été remarqué</translation>
    </message>
    <message>
        <source>Exploring together</source>
        <translation>Explorer ensemble</translation>
    </message>
    <message>
        <source>We both chose to include this. It shows only what we both welcomed; our own answers, readiness and notes stay private.</source>
        <translation>Nous avons tous deux choisi de l&apos;inclure. Seul ce que nous avons tous deux accueilli y figure&#xa0;; nos propres réponses, notre disposition et nos notes restent privées.</translation>
    </message>
    <message>
        <source>Things we both said yes to: </source>
        <translation>Ce à quoi nous avons tous deux dit oui&#xa0;: </translation>
    </message>
    <message>
        <source>Things we are both open to talking about: </source>
        <translation>Ce dont nous sommes tous deux prêts à parler&#xa0;: </translation>
    </message>
    <message>
        <source>No matches kept at the moment.</source>
        <translation>Aucune correspondance conservée pour le moment.</translation>
    </message>
    <message>
        <source>We are at step {number} of {steps}: {step}.</source>
        <translation>Nous en sommes à l&apos;étape {number} sur {steps}&#xa0;: {step}.</translation>
    </message>
    <message>
        <source>No agreement has been written yet.</source>
        <translation>Aucun accord n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source>A draft, not signed yet.</source>
        <translation>Un brouillon, pas encore signé.</translation>
    </message>
    <message>
        <source>Version {number}, signed on {day}.</source>
        <translation>Version {number}, signée le {day}.</translation>
    </message>
    <message>
        <source>Version {number}.</source>
        <translation>Version {number}.</translation>
    </message>
    <message>
        <source>Some changes since then are still being talked about; they are not shown.</source>
        <translation>Certaines modifications depuis sont encore en discussion&#xa0;; elles ne sont pas affichées.</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Pourquoi c&apos;est important&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>We have not opened the first of our %n steps yet.</source>
        <translation>
            <numerusform>Nous n&apos;avons pas encore ouvert la première de notre %n étape.</numerusform>
            <numerusform>Nous n&apos;avons pas encore ouvert la première de nos %n étapes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins in this period, the first on {first} and the latest on {last}.</source>
        <translation>
            <numerusform>%n échange pendant cette période, le {first}.</numerusform>
            <numerusform>%n échanges pendant cette période, le premier le {first} et le dernier le {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a therapist</source>
        <translation>Rapport pour un ou une thérapeute</translation>
    </message>
    <message>
        <source>A report to bring to your therapist</source>
        <translation>Un rapport à apporter à votre thérapeute</translation>
    </message>
    <message>
        <source>Choose a stretch of time. The report holds what you shared at check-ins; private journals and private reflections are never part of it.</source>
        <translation>Choisissez une période. Le rapport contient ce que vous avez partagé lors des échanges&#xa0;; les journaux privés et les réflexions personnelles n&apos;en font jamais partie.</translation>
    </message>
    <message>
        <source>Which stretch of time</source>
        <translation>Quelle période</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Les 3 derniers mois</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>Les 6 derniers mois</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>À partir de ce jour</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Jusqu&apos;à ce jour</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Ce qu&apos;il faut inclure</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A boundary needs a few words. What would you like to agree on?</source>
        <translation>Une limite a besoin de quelques mots. Sur quoi aimeriez-vous vous mettre d&apos;accord&#xa0;?</translation>
    </message>
    <message>
        <source>This is longer than {limit} characters. Could it be split into two boundaries?</source>
        <translation>Ce texte dépasse {limit} caractères. Pourrait-il être partagé en deux limites&#xa0;?</translation>
    </message>
    <message>
        <source>Only the person themselves can agree, after confirming it is them with their own password.</source>
        <translation>Seule la personne elle-même peut donner son accord, après avoir confirmé que c&apos;est bien elle avec son propre mot de passe.</translation>
    </message>
    <message>
        <source>Only the person themselves can agree to a boundary, after confirming it is them with their own password.</source>
        <translation>Seule la personne elle-même peut accepter une limite, après avoir confirmé que c&apos;est bien elle avec son propre mot de passe.</translation>
    </message>
    <message>
        <source>Only the person themselves can sign, after confirming it is them with their own password.</source>
        <translation>Seule la personne elle-même peut signer, après avoir confirmé que c&apos;est bien elle avec son propre mot de passe.</translation>
    </message>
    <message>
        <source>Only the person themselves can withdraw their agreement, after confirming it is them with their own password.</source>
        <translation>Seule la personne elle-même peut retirer son accord, après avoir confirmé que c&apos;est bien elle avec son propre mot de passe.</translation>
    </message>
    <message>
        <source>Only a current partner of this journal can agree to a boundary.</source>
        <translation>Seul un partenaire actuel de ce journal peut accepter une limite.</translation>
    </message>
    <message>
        <source>This boundary is retired. Bring it back first if you want to agree to it again.</source>
        <translation>Cette limite a été mise de côté. Remettez-la d&apos;abord si vous voulez l&apos;accepter à nouveau.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status a boundary can have.</source>
        <translation>«&#xa0;{status}&#xa0;» n&apos;est pas un statut possible pour une limite.</translation>
    </message>
    <message>
        <source>A boundary is agreed when each of you has said yes to it. Use “I agree” for each of you instead.</source>
        <translation>Une limite est acceptée quand chacun de vous y a dit oui. Utilisez plutôt «&#xa0;J&apos;accepte&#xa0;» pour chacun de vous.</translation>
    </message>
    <message>
        <source>This boundary is agreed by both of you, so it is not deleted on its own. You can mark it “Needs talking about”, or retire it, and it stays in your history.</source>
        <translation>Cette limite est acceptée par vous deux&#xa0;: elle n&apos;est donc pas supprimée d&apos;un seul côté. Vous pouvez la marquer «&#xa0;À discuter&#xa0;», ou la mettre de côté, et elle reste dans votre historique.</translation>
    </message>
    <message>
        <source>There is no one here to sign.</source>
        <translation>Il n&apos;y a personne ici pour signer.</translation>
    </message>
    <message>
        <source>There is nothing to sign yet: add a boundary first.</source>
        <translation>Il n&apos;y a encore rien à signer&#xa0;: ajoutez d&apos;abord une limite.</translation>
    </message>
    <message>
        <source>{boundary} still waits for {first} and {second} to agree.</source>
        <translation>{boundary} attend encore l&apos;accord de {first} et de {second}.</translation>
    </message>
    <message>
        <source>{boundary} still waits for {names} to agree.</source>
        <translation>{boundary} attend encore l&apos;accord de {names}.</translation>
    </message>
    <message>
        <source>{boundary} is marked “{status}”. Settle it first (mark it agreed, or retire it).</source>
        <translation>{boundary} est marquée «&#xa0;{status}&#xa0;». Réglez-la d&apos;abord (marquez-la acceptée, ou mettez-la de côté).</translation>
    </message>
    <message>
        <source>Nothing has changed since version {version}, which you already signed.</source>
        <translation>Rien n&apos;a changé depuis la version {version}, que vous avez déjà signée.</translation>
    </message>
    <message>
        <source>Each of you signs once.</source>
        <translation>Chacun de vous signe une seule fois.</translation>
    </message>
    <message>
        <source>Only current partners of this journal can sign.</source>
        <translation>Seuls les partenaires actuels de ce journal peuvent signer.</translation>
    </message>
    <message>
        <source>{name}, please confirm with your password to sign.</source>
        <translation>{name}, merci de confirmer avec votre mot de passe pour signer.</translation>
    </message>
    <message>
        <source>Please keep a note under {limit} characters.</source>
        <translation>Merci de garder une note sous {limit} caractères.</translation>
    </message>
    <message>
        <source>An item needs a few words.</source>
        <translation>Un élément a besoin de quelques mots.</translation>
    </message>
    <message>
        <source>Please keep an item under {limit} characters.</source>
        <translation>Merci de garder un élément sous {limit} caractères.</translation>
    </message>
    <message>
        <source>A step needs a short name.</source>
        <translation>Une étape a besoin d&apos;un nom court.</translation>
    </message>
    <message>
        <source>Please keep a step&apos;s name under {limit} characters.</source>
        <translation>Merci de garder le nom d&apos;une étape sous {limit} caractères.</translation>
    </message>
    <message>
        <source>Please keep each part of a step under {limit} characters.</source>
        <translation>Merci de garder chaque partie d&apos;une étape sous {limit} caractères.</translation>
    </message>
    <message>
        <source>{reason} {more}</source>
        <translation>{reason} {more}</translation>
    </message>
    <message>
        <source>That boundary is no longer in the agreement.</source>
        <translation>Cette limite ne fait plus partie de l&apos;accord.</translation>
    </message>
    <message>
        <source>A new boundary starts as a draft or a proposal.</source>
        <translation>Une nouvelle limite commence comme brouillon ou comme proposition.</translation>
    </message>
    <message>
        <source>That heading is no longer in the agreement.</source>
        <translation>Cet intitulé ne fait plus partie de l&apos;accord.</translation>
    </message>
    <message>
        <source>This boundary is retired; there is nothing to revisit.</source>
        <translation>Cette limite a été mise de côté&#xa0;; il n&apos;y a rien à revoir.</translation>
    </message>
    <message>
        <source>A heading needs a few words.</source>
        <translation>Un intitulé a besoin de quelques mots.</translation>
    </message>
    <message>
        <source>Please keep a heading under 200 characters.</source>
        <translation>Merci de garder un intitulé sous 200 caractères.</translation>
    </message>
    <message>
        <source>That date could not be read.</source>
        <translation>Cette date n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>A milestone needs a few words: what happened?</source>
        <translation>Un moment marquant a besoin de quelques mots&#xa0;: que s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>Please keep the title under {limit} characters.</source>
        <translation>Merci de garder le titre sous {limit} caractères.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>Merci de garder la note sous {limit} caractères.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more boundaries also wait.)</source>
        <translation>
            <numerusform>(%n autre limite attend aussi.)</numerusform>
            <numerusform>(%n autres limites attendent aussi.)</numerusform>
        </translation>
    </message>
    <message>
        <source>a check-in needs at least one partner taking part</source>
        <translation>un échange demande au moins un partenaire qui y participe</translation>
    </message>
    <message>
        <source>the private reflection is too long</source>
        <translation>la réflexion personnelle est trop longue</translation>
    </message>
    <message>
        <source>Something in this check-in cannot be stored ({detail}). An answer may be at most {limit} characters; longer writing fits in the journal.</source>
        <translation>Quelque chose dans cet échange ne peut pas être enregistré ({detail}). Une réponse peut compter au plus {limit} caractères&#xa0;; un texte plus long trouvera sa place dans le journal.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Is working on this together safe for us now?</source>
        <translation>Travailler là-dessus ensemble est-il sans danger pour nous en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>This is a page to read on your own, whenever you like. Nobody needs to answer it in front of the other, and TrustDesk keeps no note that you read it.</source>
        <translation>Cette page est à lire seul·e, quand vous le souhaitez. Personne n&apos;a besoin d&apos;y répondre devant l&apos;autre, et TrustDesk ne garde aucune trace de votre lecture.</translation>
    </message>
    <message>
        <source>Working on trust together needs both of you to be safe with each other. If you are afraid of your partner — of their anger, of what they might do, of being watched, pressured or hurt — then couples work, including this app, may not be safe for you right now. That is not a failure, and it is not your fault.</source>
        <translation>Travailler ensemble sur la confiance suppose que chacun de vous soit en sécurité avec l&apos;autre. Si vous avez peur de votre partenaire — de sa colère, de ce qu&apos;il ou elle pourrait faire, d&apos;être surveillé·e, mis·e sous pression ou blessé·e —, alors un travail de couple, y compris avec cette application, n&apos;est peut-être pas sans danger pour vous en ce moment. Ce n&apos;est pas un échec, et ce n&apos;est pas votre faute.</translation>
    </message>
    <message>
        <source>Some signs to take seriously: you change what you say or write because of how they might react; they check your phone or messages, or insist on seeing what you wrote; they push you into closeness or sex you do not want; you feel you have to ask for permission to see friends or spend money.</source>
        <translation>Quelques signes à prendre au sérieux&#xa0;: vous changez ce que vous dites ou écrivez à cause de sa réaction possible&#xa0;; il ou elle vérifie votre téléphone ou vos messages, ou insiste pour voir ce que vous avez écrit&#xa0;; il ou elle vous pousse vers une proximité ou une sexualité que vous ne voulez pas&#xa0;; vous avez l&apos;impression de devoir demander la permission pour voir des amis ou dépenser de l&apos;argent.</translation>
    </message>
    <message>
        <source>If that sounds familiar, you can use TrustDesk alone: set it up as “just me”, with a password only you know, as a private journal. Your private space can never be opened by anyone else.</source>
        <translation>Si cela vous parle, vous pouvez utiliser TrustDesk seul·e&#xa0;: configurez-le en «&#xa0;juste moi&#xa0;», avec un mot de passe que vous seul·e connaissez, comme un journal privé. Votre espace privé ne pourra jamais être ouvert par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Support exists where you live: domestic abuse and sexual violence helplines and advice services, your doctor, a counsellor or therapist who sees people on their own, and, if you are in danger, the emergency services. A trusted friend can help you look for them. You can keep their details on your private “People who help me” card.</source>
        <translation>Il existe de l&apos;aide là où vous vivez&#xa0;: lignes d&apos;écoute et services d&apos;aide contre les violences conjugales et sexuelles, votre médecin, un conseiller ou une thérapeute qui reçoit les personnes seules et, si vous êtes en danger, les services d&apos;urgence. Une personne de confiance peut vous aider à les trouver. Vous pouvez noter leurs coordonnées sur votre fiche privée «&#xa0;Les personnes qui m&apos;aident&#xa0;».</translation>
    </message>
    <message>
        <source>Quick hide (Ctrl+Shift+H) locks and hides TrustDesk at once. Discreet mode, in Settings, shows it as a plain “Journal” in the window title and the menu.</source>
        <translation>Le masquage rapide (Ctrl+Shift+H) verrouille et cache TrustDesk immédiatement. Le mode discret, dans les Paramètres, l&apos;affiche simplement comme «&#xa0;Journal&#xa0;» dans le titre de la fenêtre et le menu.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the desktop</source>
        <translation>Suivre le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>From your region</source>
        <translation>Selon votre région</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>These preferences stay on this computer. They never hold anything you wrote.</source>
        <translation>Ces préférences restent sur cet ordinateur. Elles ne contiennent jamais rien de ce que vous avez écrit.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes (0: never)</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Verrouiller quand l&apos;écran se verrouille ou que l&apos;ordinateur se met en veille</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Langue (au prochain démarrage)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Discreet mode: show a plain “Journal” name and icon in the title, menu and taskbar</source>
        <translation>Mode discret&#xa0;: afficher un simple nom «&#xa0;Journal&#xa0;» et son icône dans le titre, le menu et la barre des tâches</translation>
    </message>
    <message>
        <source>Last vault folder</source>
        <translation>Dernier dossier de coffre</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the agreement</source>
        <translation>Signer l&apos;accord</translation>
    </message>
    <message>
        <source>Sign your commitment (version {number})</source>
        <translation>Signer votre engagement (version {number})</translation>
    </message>
    <message>
        <source>Sign version {number} together</source>
        <translation>Signer la version {number} ensemble</translation>
    </message>
    <message>
        <source>This is exactly what you are signing. Read it through. Once signed, this version never changes; later changes become a new version.</source>
        <translation>Voici exactement ce que vous signez. Lisez-le en entier. Une fois signée, cette version ne change plus jamais&#xa0;; les modifications ultérieures formeront une nouvelle version.</translation>
    </message>
    <message>
        <source>This is exactly what you are signing. Read it through together. Once signed, this version never changes; later changes become a new version.</source>
        <translation>Voici exactement ce que vous signez. Lisez-le ensemble en entier. Une fois signée, cette version ne change plus jamais&#xa0;; les modifications ultérieures formeront une nouvelle version.</translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation>Ce qui sera signé</translation>
    </message>
    <message>
        <source>Not ready to sign yet</source>
        <translation>Pas encore prêt à être signé</translation>
    </message>
    <message>
        <source>Why signing is not possible yet</source>
        <translation>Pourquoi la signature n&apos;est pas encore possible</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>SwitchPartnerDialog</name>
    <message>
        <source>Switch partner</source>
        <translation>Changer de partenaire</translation>
    </message>
    <message>
        <source>{name}, type your password to sign in. {me}&apos;s private space closes; the shared space stays open.</source>
        <translation>{name}, tapez votre mot de passe pour vous connecter. L&apos;espace privé de {me} se ferme&#xa0;; l&apos;espace partagé reste ouvert.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Check-ins</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>My journal</source>
        <translation>Mon journal</translation>
    </message>
    <message>
        <source>Shared notes</source>
        <translation>Notes partagées</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Moments marquants</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>Depuis un mois</translation>
    </message>
    <message>
        <source>Past 3 months</source>
        <translation>Depuis 3 mois</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Depuis un an</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Entre deux dates…</translation>
    </message>
    <message>
        <source>{kind}: shown — click to hide them</source>
        <translation>{kind}&#xa0;: visibles — cliquez pour les masquer</translation>
    </message>
    <message>
        <source>{kind} are shown</source>
        <translation>{kind}&#xa0;: visibles</translation>
    </message>
    <message>
        <source>{kind}: hidden — click to show them</source>
        <translation>{kind}&#xa0;: non visibles — cliquez pour les afficher</translation>
    </message>
    <message>
        <source>{kind} are hidden</source>
        <translation>{kind}&#xa0;: non visibles</translation>
    </message>
    <message>
        <source>Moments you share in TrustDesk gather here: check-ins, appreciations, your agreement, journal entries and milestones.</source>
        <translation>Les moments que vous partagez dans TrustDesk se rassemblent ici&#xa0;: échanges, remerciements, votre accord, entrées du journal et moments marquants.</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try fewer words, or another stretch of time.</source>
        <translation>Rien ne correspond à ces filtres. Essayez avec moins de mots, ou une autre période.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Add a milestone…</source>
        <translation>Ajouter un moment marquant…</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>Ajouter un moment marquant</translation>
    </message>
    <message>
        <source>Report for a therapist…</source>
        <translation>Rapport pour un ou une thérapeute…</translation>
    </message>
    <message>
        <source>Make a report for a therapist</source>
        <translation>Préparer un rapport pour un ou une thérapeute</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Moments</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Show {kind}</source>
        <translation>Afficher&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>Whose moments</source>
        <translation>Les moments de qui</translation>
    </message>
    <message>
        <source>Which stretch of time</source>
        <translation>Quelle période</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>À partir de ce jour</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Jusqu&apos;à ce jour</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Rechercher dans la chronologie</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Le remettre</translation>
    </message>
    <message>
        <source>Bring the removed milestone back</source>
        <translation>Remettre le moment marquant retiré</translation>
    </message>
    <message>
        <source>“{title}” was removed from your timeline.</source>
        <translation>«&#xa0;{title}&#xa0;» a été retiré de votre chronologie.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>{name}’s</source>
        <translation>Ceux de {name}</translation>
    </message>
    <message>
        <source>This is no longer there</source>
        <translation>Ce n&apos;est plus là</translation>
    </message>
    <message>
        <source>It was removed after this moment happened.</source>
        <translation>Cela a été retiré après ce moment.</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} sur 10</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Graphique des tendances</translation>
    </message>
    <message>
        <source>Trend chart: {feeling}</source>
        <translation>Graphique des tendances&#xa0;: {feeling}</translation>
    </message>
    <message>
        <source>Check-in answers will show here over time.</source>
        <translation>Les réponses aux échanges apparaîtront ici au fil du temps.</translation>
    </message>
    <message>
        <source>Which feeling the chart shows</source>
        <translation>Le ressenti que montre le graphique</translation>
    </message>
    <message>
        <source>Which stretch of time the chart shows</source>
        <translation>La période que montre le graphique</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>The chart in words</source>
        <translation>Le graphique en mots</translation>
    </message>
    <message>
        <source>Each line is one of you, in your own colour. Dashed lines mark the days you signed a version of your agreement. Answers left out or “rather not say” are simply not drawn.</source>
        <translation>Chaque ligne représente l&apos;un de vous, dans sa propre couleur. Les lignes pointillées marquent les jours où vous avez signé une version de votre accord. Les réponses laissées vides ou «&#xa0;je préfère ne pas répondre&#xa0;» ne sont tout simplement pas tracées.</translation>
    </message>
    <message>
        <source>Hide the changes ▴</source>
        <translation>Masquer les modifications ▴</translation>
    </message>
    <message numerus="yes">
        <source>%n yeses given</source>
        <translation>
            <numerusform>%n oui donné</numerusform>
            <numerusform>%n oui donnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries agreed</source>
        <translation>
            <numerusform>%n limite acceptée</numerusform>
            <numerusform>%n limites acceptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reworded</source>
        <translation>
            <numerusform>%n reformulée</numerusform>
            <numerusform>%n reformulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes suggested</source>
        <translation>
            <numerusform>%n modification suggérée</numerusform>
            <numerusform>%n modifications suggérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements taken back</source>
        <translation>
            <numerusform>%n accord retiré</numerusform>
            <numerusform>%n accords retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retired</source>
        <translation>
            <numerusform>%n mise de côté</numerusform>
            <numerusform>%n mises de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review dates set</source>
        <translation>
            <numerusform>%n date de relecture fixée</numerusform>
            <numerusform>%n dates de relecture fixées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reasons put into words</source>
        <translation>
            <numerusform>%n raison mise en mots</numerusform>
            <numerusform>%n raisons mises en mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headings changed</source>
        <translation>
            <numerusform>%n intitulé modifié</numerusform>
            <numerusform>%n intitulés modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n changes ▾</source>
        <translation>
            <numerusform>Voir %n modification ▾</numerusform>
            <numerusform>Voir les %n modifications ▾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes; Space hides them</source>
        <translation>
            <numerusform>%n modification&#xa0;; Espace la masque</numerusform>
            <numerusform>%n modifications&#xa0;; Espace les masque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes; Space shows them</source>
        <translation>
            <numerusform>%n modification&#xa0;; Espace l&apos;affiche</numerusform>
            <numerusform>%n modifications&#xa0;; Espace les affiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Signed agreement</source>
        <translation>Accord signé</translation>
    </message>
    <message>
        <source>Agreement change</source>
        <translation>Modification de l&apos;accord</translation>
    </message>
    <message>
        <source>Private journal</source>
        <translation>Journal privé</translation>
    </message>
    <message>
        <source>Shared note</source>
        <translation>Note partagée</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Moment marquant</translation>
    </message>
    <message>
        <source>We worked on the agreement</source>
        <translation>Nous avons travaillé sur l&apos;accord</translation>
    </message>
    <message>
        <source>I worked on my commitments</source>
        <translation>J&apos;ai travaillé sur mes engagements</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>An effort noticed</source>
        <translation>Un effort remarqué</translation>
    </message>
    <message>
        <source>{name} noticed an effort</source>
        <translation>{name} a remarqué un effort</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>Signed by {names}</source>
        <translation>Signée par {names}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this milestone?</source>
        <translation>Retirer ce moment marquant&#xa0;?</translation>
    </message>
    <message>
        <source>It will no longer be on your timeline.</source>
        <translation>Il ne sera plus dans votre chronologie.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>A clause was added</source>
        <translation>Une clause a été ajoutée</translation>
    </message>
    <message>
        <source>A clause was reworded</source>
        <translation>Une clause a été reformulée</translation>
    </message>
    <message>
        <source>A clause changed status</source>
        <translation>Une clause a changé de statut</translation>
    </message>
    <message>
        <source>Consent was given</source>
        <translation>Un accord a été donné</translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation>Un accord a été retiré</translation>
    </message>
    <message>
        <source>A clause was moved</source>
        <translation>Une clause a été déplacée</translation>
    </message>
    <message>
        <source>A clause was removed</source>
        <translation>Une clause a été retirée</translation>
    </message>
    <message>
        <source>A clause was opened for revisiting</source>
        <translation>Une clause a été rouverte pour en reparler</translation>
    </message>
    <message>
        <source>A review date was set</source>
        <translation>Une date de relecture a été fixée</translation>
    </message>
    <message>
        <source>Why a clause matters was put into words</source>
        <translation>La raison d&apos;être d&apos;une clause a été mise en mots</translation>
    </message>
    <message>
        <source>A revised clause took the place of the old one</source>
        <translation>Une clause revue a pris la place de l&apos;ancienne</translation>
    </message>
    <message>
        <source>A change to a clause was proposed</source>
        <translation>Une modification d&apos;une clause a été proposée</translation>
    </message>
    <message>
        <source>A heading was added</source>
        <translation>Un intitulé a été ajouté</translation>
    </message>
    <message>
        <source>A heading was renamed</source>
        <translation>Un intitulé a été renommé</translation>
    </message>
    <message>
        <source>A heading was removed</source>
        <translation>Un intitulé a été retiré</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>The agreement changed</source>
        <translation>L&apos;accord a changé</translation>
    </message>
    <message>
        <source>A clause is now “{status}”</source>
        <translation>Une clause est maintenant «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <source>Reworded — asks for agreement again</source>
        <translation>Reformulée — demande un nouvel accord</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulée</translation>
    </message>
    <message>
        <source>{name} agreed (confirmed in person)</source>
        <translation>{name} a donné son accord (confirmé en personne)</translation>
    </message>
    <message>
        <source>{name} agreed</source>
        <translation>{name} a donné son accord</translation>
    </message>
    <message>
        <source>{name} took back their agreement</source>
        <translation>{name} a retiré son accord</translation>
    </message>
    <message>
        <source>Agreement version {number} signed</source>
        <translation>Version {number} de l&apos;accord signée</translation>
    </message>
</context>
<context>
    <name>Together</name>
    <message>
        <source>Together, at our own pace</source>
        <translation>Ensemble, à notre rythme</translation>
    </message>
    <message>
        <source>Our matches</source>
        <translation>Nos correspondances</translation>
    </message>
    <message>
        <source>One of you changed an answer — that is always okay.</source>
        <translation>L&apos;un de vous a changé une réponse — c&apos;est toujours permis.</translation>
    </message>
    <message>
        <source>When you look together, an item shows only if you both welcome it: as a yes when you both said yes, or as something to talk about when either of you said “Maybe, let&apos;s talk”. A “Not now” or a “No” is never shown.</source>
        <translation>Quand vous regardez ensemble, un élément n&apos;apparaît que si vous l&apos;accueillez tous les deux&#xa0;: comme un oui quand vous avez tous deux dit oui, ou comme un sujet à aborder quand l&apos;un de vous a dit «&#xa0;Peut-être, parlons-en&#xa0;». Un «&#xa0;Pas maintenant&#xa0;» ou un «&#xa0;Non&#xa0;» n&apos;apparaît jamais.</translation>
    </message>
    <message>
        <source>Together you are about to see what you both said yes to. Only matches are shown; no other answer is.</source>
        <translation>Vous êtes sur le point de voir ensemble ce à quoi vous avez tous deux dit oui. Seules les correspondances apparaissent&#xa0;; aucune autre réponse.</translation>
    </message>
    <message>
        <source>Answer on your own, at your own pace. Your answers stay in your private space: your partner never sees them. When you both want to, you can look together at the things you both said yes to — and only those.</source>
        <translation>Répondez seul·e, à votre rythme. Vos réponses restent dans votre espace privé&#xa0;: votre partenaire ne les voit jamais. Quand vous le souhaitez tous les deux, vous pouvez regarder ensemble les choses auxquelles vous avez tous deux dit oui — et seulement celles-là.</translation>
    </message>
    <message>
        <source>Desire list</source>
        <translation>Liste d&apos;envies</translation>
    </message>
    <message>
        <source>Keys 1 to 5 answer the chosen item; 0 leaves it unanswered.</source>
        <translation>Les touches 1 à 5 répondent à l&apos;élément choisi&#xa0;; 0 le laisse sans réponse.</translation>
    </message>
    <message>
        <source>Choose an item in the list to answer it.</source>
        <translation>Choisissez un élément dans la liste pour y répondre.</translation>
    </message>
    <message>
        <source>How, with care? (only you see this until a match)</source>
        <translation>Comment, avec précaution&#xa0;? (vous seul·e le voyez jusqu&apos;à une correspondance)</translation>
    </message>
    <message>
        <source>How, with care</source>
        <translation>Comment, avec précaution</translation>
    </message>
    <message>
        <source>Leave unanswered</source>
        <translation>Laisser sans réponse</translation>
    </message>
    <message>
        <source>You can change any answer at any time. A no needs no reason.</source>
        <translation>Vous pouvez changer n&apos;importe quelle réponse à tout moment. Un non n&apos;a pas besoin de raison.</translation>
    </message>
    <message>
        <source>About this answer</source>
        <translation>À propos de cette réponse</translation>
    </message>
    <message>
        <source>Under which heading</source>
        <translation>Sous quelle rubrique</translation>
    </message>
    <message>
        <source>Something of our own to add to the list</source>
        <translation>Quelque chose à nous à ajouter à la liste</translation>
    </message>
    <message>
        <source>A new item</source>
        <translation>Un nouvel élément</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Ajouter à la liste</translation>
    </message>
    <message>
        <source>Your partner will see it as one more item to answer — not who added it, and not your answer.</source>
        <translation>Votre partenaire le verra comme un élément de plus auquel répondre — sans savoir qui l&apos;a ajouté, ni quelle est votre réponse.</translation>
    </message>
    <message>
        <source>Look at our matches together…</source>
        <translation>Regarder ensemble nos correspondances…</translation>
    </message>
    <message>
        <source>When to look again</source>
        <translation>Quand regarder à nouveau</translation>
    </message>
    <message>
        <source>A changed answer</source>
        <translation>Une réponse changée</translation>
    </message>
    <message>
        <source>Matches we kept</source>
        <translation>Correspondances gardées</translation>
    </message>
    <message>
        <source>I&apos;m happy for our kept matches and our steps to be in a report for our therapist</source>
        <translation>J&apos;accepte que nos correspondances gardées et nos étapes figurent dans un rapport pour notre thérapeute</translation>
    </message>
    <message>
        <source>They are included only when both of you tick this.</source>
        <translation>Elles ne sont incluses que si vous cochez tous les deux cette case.</translation>
    </message>
    <message>
        <source>Looking together needs both partners in this vault.</source>
        <translation>Regarder ensemble demande que les deux partenaires soient dans ce coffre.</translation>
    </message>
    <message>
        <source>No matches kept yet.</source>
        <translation>Aucune correspondance gardée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A gentle time to look again: around {day}.</source>
        <translation>Un moment doux pour regarder à nouveau&#xa0;: vers le {day}.</translation>
    </message>
    <message>
        <source>Saved, just for you.</source>
        <translation>Enregistré, rien que pour vous.</translation>
    </message>
    <message>
        <source>Looking together</source>
        <translation>Regarder ensemble</translation>
    </message>
    <message>
        <source>Looking together needs both of you to confirm it is you. Nothing was shown.</source>
        <translation>Regarder ensemble demande que chacun de vous confirme que c&apos;est bien lui. Rien n&apos;a été montré.</translation>
    </message>
    <message>
        <source>Your matches are open — the rest of the screen is hidden</source>
        <translation>Vos correspondances sont ouvertes — le reste de l&apos;écran est masqué</translation>
    </message>
    <message>
        <source>Your own answers stay private. The page comes back when you close the matches.</source>
        <translation>Vos propres réponses restent privées. La page revient quand vous fermez les correspondances.</translation>
    </message>
    <message>
        <source>Proposed as a boundary</source>
        <translation>Proposé comme limite</translation>
    </message>
    <message>
        <source>It is in your agreement now as a proposal, under “Intimacy, pace and consent”. It counts once both of you agree to it there.</source>
        <translation>C&apos;est maintenant dans votre accord sous forme de proposition, sous «&#xa0;Intimité, rythme et consentement&#xa0;». Cela compte une fois que vous l&apos;avez tous deux accepté.</translation>
    </message>
    <message>
        <source>Steps at our own pace</source>
        <translation>Des étapes à notre rythme</translation>
    </message>
    <message>
        <source>Change this step</source>
        <translation>Modifier cette étape</translation>
    </message>
    <message>
        <source>A step of our own</source>
        <translation>Une étape à nous</translation>
    </message>
    <message>
        <source>Name of the step</source>
        <translation>Nom de l&apos;étape</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>De quoi il s&apos;agit</translation>
    </message>
    <message>
        <source>Not during this step</source>
        <translation>Pas pendant cette étape</translation>
    </message>
    <message>
        <source>To think about afterwards</source>
        <translation>À quoi réfléchir ensuite</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;What it is</source>
        <translation>&amp;De quoi il s&apos;agit</translation>
    </message>
    <message>
        <source>&amp;Not during this step</source>
        <translation>&amp;Pas pendant cette étape</translation>
    </message>
    <message>
        <source>&amp;Afterwards</source>
        <translation>&amp;Ensuite</translation>
    </message>
    <message>
        <source>With these conditions (optional)</source>
        <translation>Avec ces conditions (facultatif)</translation>
    </message>
    <message>
        <source>Conditions for the boundary</source>
        <translation>Conditions pour la limite</translation>
    </message>
    <message>
        <source>Propose as a boundary</source>
        <translation>Proposer comme limite</translation>
    </message>
    <message>
        <source>Adds “We&apos;d like to try…” to your agreement as a proposal; it counts only once both of you agree.</source>
        <translation>Ajoute «&#xa0;Nous aimerions essayer…&#xa0;» à votre accord sous forme de proposition&#xa0;; cela ne compte qu&apos;une fois que vous êtes tous deux d&apos;accord.</translation>
    </message>
    <message>
        <source>What we both said yes to</source>
        <translation>Ce à quoi nous avons tous deux dit oui</translation>
    </message>
    <message>
        <source>Only the things you both welcomed are shown here. Everything else stays private, and nothing is kept unless you choose to keep it.</source>
        <translation>Seules les choses que vous avez tous deux accueillies apparaissent ici. Tout le reste reste privé, et rien n&apos;est conservé à moins que vous ne choisissiez de le garder.</translation>
    </message>
    <message>
        <source>Both of you said yes</source>
        <translation>Vous avez tous deux dit oui</translation>
    </message>
    <message>
        <source>Nothing here this time — and that is fine.</source>
        <translation>Rien ici cette fois-ci — et c&apos;est très bien ainsi.</translation>
    </message>
    <message>
        <source>Both of you are open to talking about</source>
        <translation>Vous êtes tous deux prêts à parler de</translation>
    </message>
    <message>
        <source>Nothing here this time.</source>
        <translation>Rien ici cette fois-ci.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Keep these for us</source>
        <translation>Garder ceci pour nous</translation>
    </message>
    <message>
        <source>Keeps only these matches in your shared space.</source>
        <translation>Ne garde que ces correspondances dans votre espace partagé.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Kept for both of you. Either of you can change an answer later.</source>
        <translation>Gardé pour vous deux. Chacun de vous peut changer une réponse plus tard.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>My answer</source>
        <translation>Ma réponse</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>How: {note}</source>
        <translation>Comment&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Where we are now</source>
        <translation>Où nous en sommes</translation>
    </message>
    <message>
        <source>Done together</source>
        <translation>Fait ensemble</translation>
    </message>
    <message>
        <source>Next, when we are both ready</source>
        <translation>Ensuite, quand nous serons prêts tous les deux</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Where we are</source>
        <translation>Où nous en sommes</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>I&apos;m ready</source>
        <translation>Je suis prêt·e</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Type your password first, {name}.</source>
        <translation>Tapez d&apos;abord votre mot de passe, {name}.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Together you are about to open the next step. It opens only if both of you said you are ready; not yet is always a good answer.</source>
        <translation>Vous êtes sur le point d&apos;ouvrir ensemble l&apos;étape suivante. Elle ne s&apos;ouvre que si vous avez tous deux dit que vous êtes prêts&#xa0;; «&#xa0;pas encore&#xa0;» est toujours une bonne réponse.</translation>
    </message>
    <message>
        <source>Nothing to step back to yet — you are at the start.</source>
        <translation>Pas encore d&apos;étape vers laquelle revenir — vous êtes au début.</translation>
    </message>
    <message>
        <source>You stepped back. Stepping back is part of the process — no reason needed.</source>
        <translation>Vous êtes revenus en arrière. Revenir en arrière fait partie du chemin — sans besoin de raison.</translation>
    </message>
    <message>
        <source>A gentle ladder, inspired by sensate focus. Each of you says privately when you feel ready for the next step; it opens only when you both are. You go at the pace of whichever of you needs to go slower.</source>
        <translation>Une progression douce, inspirée du sensate focus. Chacun de vous dit en privé quand il se sent prêt pour l&apos;étape suivante&#xa0;; elle ne s&apos;ouvre que lorsque vous l&apos;êtes tous les deux. Vous avancez au rythme de celui de vous deux qui a besoin d&apos;aller le plus lentement.</translation>
    </message>
    <message>
        <source>Our steps</source>
        <translation>Nos étapes</translation>
    </message>
    <message>
        <source>The chosen step</source>
        <translation>L&apos;étape choisie</translation>
    </message>
    <message>
        <source>Use the starter ladder</source>
        <translation>Utiliser la progression de départ</translation>
    </message>
    <message>
        <source>I&apos;m ready for this step</source>
        <translation>Je suis prêt·e pour cette étape</translation>
    </message>
    <message>
        <source>Only you see this. Your partner sees it only if you both are.</source>
        <translation>Vous seul·e le voyez. Votre partenaire ne le voit que si vous l&apos;êtes tous les deux.</translation>
    </message>
    <message>
        <source>Open the next step together…</source>
        <translation>Ouvrir ensemble l&apos;étape suivante…</translation>
    </message>
    <message>
        <source>Step back to:</source>
        <translation>Revenir à&#xa0;:</translation>
    </message>
    <message>
        <source>Step back to</source>
        <translation>Revenir à</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Either of you can, at any time, without a reason.</source>
        <translation>Chacun de vous le peut, à tout moment, sans raison.</translation>
    </message>
    <message>
        <source>Add a step…</source>
        <translation>Ajouter une étape…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Show my own marks again</source>
        <translation>Afficher à nouveau mes propres marques</translation>
    </message>
    <message>
        <source>For when you are on your own at the screen again.</source>
        <translation>Pour quand vous serez de nouveau seul·e devant l&apos;écran.</translation>
    </message>
    <message>
        <source>After a step — just for me</source>
        <translation>Après une étape — rien que pour moi</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Je préfère ne pas répondre</translation>
    </message>
    <message>
        <source>Comfort </source>
        <translation>Confort </translation>
    </message>
    <message>
        <source>How comfortable it felt, 0 to 10</source>
        <translation>À quel point c&apos;était confortable, de 0 à 10</translation>
    </message>
    <message>
        <source>A note for myself (optional)</source>
        <translation>Une note pour moi (facultatif)</translation>
    </message>
    <message>
        <source>A note for myself</source>
        <translation>Une note pour moi</translation>
    </message>
    <message>
        <source>Keep for me</source>
        <translation>Garder pour moi</translation>
    </message>
    <message>
        <source>The very start, before the first step</source>
        <translation>Tout au début, avant la première étape</translation>
    </message>
    <message>
        <source>Not yet, after all</source>
        <translation>Pas encore, finalement</translation>
    </message>
    <message>
        <source>Not during this step:</source>
        <translation>Pas pendant cette étape&#xa0;:</translation>
    </message>
    <message>
        <source>Afterwards, to think about:</source>
        <translation>Ensuite, à quoi réfléchir&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This is where you are now. Take all the time you need.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;C&apos;est ici que vous en êtes. Prenez tout le temps qu&apos;il vous faut.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Noted, just for you.</source>
        <translation>Noté, rien que pour vous.</translation>
    </message>
    <message>
        <source>Noted. Not yet is always a good answer.</source>
        <translation>Noté. «&#xa0;Pas encore&#xa0;» est toujours une bonne réponse.</translation>
    </message>
    <message>
        <source>This step opens when both of you feel ready. Not yet is a good answer — you go at the pace of whichever of you needs to go slower.</source>
        <translation>Cette étape s&apos;ouvre quand vous vous sentez prêts tous les deux. «&#xa0;Pas encore&#xa0;» est une bonne réponse — vous avancez au rythme de celui de vous deux qui a besoin d&apos;aller le plus lentement.</translation>
    </message>
    <message>
        <source>The step is open. Go gently, and stop whenever either of you wants.</source>
        <translation>L&apos;étape est ouverte. Allez-y doucement, et arrêtez-vous dès que l&apos;un de vous le souhaite.</translation>
    </message>
    <message>
        <source>Remove this step?</source>
        <translation>Retirer cette étape&#xa0;?</translation>
    </message>
    <message>
        <source>“{title}” leaves your ladder for both of you. If it is the step you are at, the one before it is where you are again.</source>
        <translation>«&#xa0;{title}&#xa0;» quitte votre progression, pour vous deux. Si c&apos;est l&apos;étape où vous en êtes, vous revenez à celle d&apos;avant.</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Once a step is open, you can note how it felt here.</source>
        <translation>Une fois une étape ouverte, vous pouvez noter ici ce que vous avez ressenti.</translation>
    </message>
    <message>
        <source>Kept in your private space, just for you.</source>
        <translation>Gardé dans votre espace privé, rien que pour vous.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Yes, with care</source>
        <translation>Oui, avec précaution</translation>
    </message>
    <message>
        <source>Maybe, let&apos;s talk</source>
        <translation>Peut-être, parlons-en</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>Last 3 months</source>
        <translation>Les 3 derniers mois</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Les 6 derniers mois</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>{feeling}: no answers in this period yet.</source>
        <translation>{feeling}&#xa0;: pas encore de réponse pendant cette période.</translation>
    </message>
    <message>
        <source>{feeling}, from {first} to {last}.</source>
        <translation>{feeling}, du {first} au {last}.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {answers}, {value} of 10 on {day}.</source>
        <translation>{name}&#xa0;: {answers}, {value} sur 10 le {day}.</translation>
    </message>
    <message>
        <source>{name}: {answers}, {first} of 10 at first and {last} of 10 most recently (between {low} and {high}).</source>
        <translation>{name}&#xa0;: {answers}, {first} sur 10 au début et {last} sur 10 le plus récemment (entre {low} et {high}).</translation>
    </message>
    <message>
        <source>version {number} on {day}</source>
        <translation>version {number} le {day}</translation>
    </message>
    <message>
        <source>Agreement signed: {versions}.</source>
        <translation>Accord signé&#xa0;: {versions}.</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Unlock TrustDesk</source>
        <translation>Déverrouiller TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <source>Your private space. Only your password opens it.</source>
        <translation>Votre espace privé. Seul votre mot de passe l&apos;ouvre.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Forgot my password</source>
        <translation>J&apos;ai oublié mon mot de passe</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Tapez d&apos;abord votre mot de passe.</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Ouverture de votre coffre…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Your new password is set</source>
        <translation>Votre nouveau mot de passe est enregistré</translation>
    </message>
    <message>
        <source>From now on, this new password opens TrustDesk. Your recovery code still works; keep the sheet somewhere safe.</source>
        <translation>Désormais, ce nouveau mot de passe ouvre TrustDesk. Votre code de récupération fonctionne toujours&#xa0;; gardez la fiche en lieu sûr.</translation>
    </message>
    <message>
        <source>There are no backups of this vault</source>
        <translation>Il n&apos;y a aucune sauvegarde de ce coffre</translation>
    </message>
    <message>
        <source>TrustDesk makes one each day the vault is opened, but none was found in its backups folder. Nothing was changed.</source>
        <translation>TrustDesk en crée une chaque jour où le coffre est ouvert, mais aucune n&apos;a été trouvée dans son dossier de sauvegardes. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>The vault goes back to how it was on {day}. Anything written after that is not in this backup.

The files it replaces are moved aside in the backups folder, not deleted.</source>
        <translation>Le coffre revient à son état du {day}. Tout ce qui a été écrit après ne figure pas dans cette sauvegarde.

Les fichiers remplacés sont mis de côté dans le dossier des sauvegardes, pas supprimés.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The backup is back in place</source>
        <translation>La sauvegarde est restaurée</translation>
    </message>
    <message>
        <source>The vault is as it was on {day}. Type your password to open it.</source>
        <translation>Le coffre est tel qu&apos;il était le {day}. Tapez votre mot de passe pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>Something went wrong with the vault</source>
        <translation>Un problème est survenu avec le coffre</translation>
    </message>
    <message>
        <source>TrustDesk could not use this vault.</source>
        <translation>TrustDesk n&apos;a pas pu utiliser ce coffre.</translation>
    </message>
    <message>
        <source>Nothing was changed or deleted.</source>
        <translation>Rien n&apos;a été modifié ni supprimé.</translation>
    </message>
    <message>
        <source>That password did not open the vault</source>
        <translation>Ce mot de passe n&apos;a pas ouvert le coffre</translation>
    </message>
    <message>
        <source>That password did not open this vault.</source>
        <translation>Ce mot de passe n&apos;a pas ouvert ce coffre.</translation>
    </message>
    <message>
        <source>Check Caps Lock and try again. If it is forgotten, you can use your recovery code.</source>
        <translation>Vérifiez la touche Verr. Maj et réessayez. Si vous l&apos;avez oublié, vous pouvez utiliser votre code de récupération.</translation>
    </message>
    <message>
        <source>That recovery code did not match</source>
        <translation>Ce code de récupération ne correspond pas</translation>
    </message>
    <message>
        <source>Nothing was changed. A single mistyped character is enough, and a sheet printed before the code was last renewed no longer works.</source>
        <translation>Rien n&apos;a été modifié. Un seul caractère mal tapé suffit, et une fiche imprimée avant le dernier renouvellement du code ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Check each group of characters against your newest recovery sheet and try again.</source>
        <translation>Comparez chaque groupe de caractères avec votre fiche de récupération la plus récente et réessayez.</translation>
    </message>
    <message>
        <source>This needs your partner, in person</source>
        <translation>Votre partenaire doit être présent·e</translation>
    </message>
    <message>
        <source>Only a partner can do this for themselves, after typing their own password.</source>
        <translation>Seul un partenaire peut le faire pour lui-même, après avoir tapé son propre mot de passe.</translation>
    </message>
    <message>
        <source>Ask your partner to confirm it is them with their own password, then try again.</source>
        <translation>Demandez à votre partenaire de confirmer que c&apos;est bien lui ou elle avec son propre mot de passe, puis réessayez.</translation>
    </message>
    <message>
        <source>No vault here yet</source>
        <translation>Pas encore de coffre ici</translation>
    </message>
    <message>
        <source>There is no TrustDesk vault in this folder.</source>
        <translation>Il n&apos;y a pas de coffre TrustDesk dans ce dossier.</translation>
    </message>
    <message>
        <source>You can create a new vault, or open another folder.</source>
        <translation>Vous pouvez créer un nouveau coffre, ou ouvrir un autre dossier.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing</source>
        <translation>Le fichier de clés du coffre est manquant</translation>
    </message>
    <message>
        <source>This folder holds TrustDesk data, but its key file (vault.json) is missing, so it cannot be unlocked.</source>
        <translation>Ce dossier contient des données TrustDesk, mais son fichier de clés (vault.json) est manquant&#xa0;: il ne peut donc pas être déverrouillé.</translation>
    </message>
    <message>
        <source>Nothing was changed. You can restore the vault from one of its backups.</source>
        <translation>Rien n&apos;a été modifié. Vous pouvez restaurer le coffre à partir de l&apos;une de ses sauvegardes.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged</source>
        <translation>Le fichier de clés du coffre est endommagé</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) is damaged and cannot be read.</source>
        <translation>Le fichier de clés du coffre (vault.json) est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Made by a newer TrustDesk</source>
        <translation>Créé par une version plus récente de TrustDesk</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of TrustDesk.</source>
        <translation>Ce coffre a été créé par une version plus récente de TrustDesk.</translation>
    </message>
    <message>
        <source>Please update TrustDesk to open it. Nothing was changed.</source>
        <translation>Veuillez mettre à jour TrustDesk pour l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Not a TrustDesk file</source>
        <translation>Ce n&apos;est pas un fichier TrustDesk</translation>
    </message>
    <message>
        <source>A file in this vault is not a TrustDesk file.</source>
        <translation>Un fichier de ce coffre n&apos;est pas un fichier TrustDesk.</translation>
    </message>
    <message>
        <source>Part of the vault is damaged</source>
        <translation>Une partie du coffre est endommagée</translation>
    </message>
    <message>
        <source>Part of this vault is damaged and cannot be read safely.</source>
        <translation>Une partie de ce coffre est endommagée et ne peut pas être lue sans risque.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. You can restore the vault from a backup; the damaged files are kept aside, not deleted.</source>
        <translation>Rien n&apos;a été écrasé. Vous pouvez restaurer le coffre à partir d&apos;une sauvegarde&#xa0;; les fichiers endommagés sont mis de côté, pas supprimés.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Déjà ouvert</translation>
    </message>
    <message>
        <source>This vault is already open in another TrustDesk window.</source>
        <translation>Ce coffre est déjà ouvert dans une autre fenêtre de TrustDesk.</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation>Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>There is no room left on the disk, so the last change could not be saved.</source>
        <translation>Il n&apos;y a plus de place sur le disque&#xa0;: la dernière modification n&apos;a donc pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Everything saved before is safe. Free some space, then try again; your text is still in the window.</source>
        <translation>Tout ce qui a été enregistré avant est en sécurité. Libérez un peu de place, puis réessayez&#xa0;; votre texte est toujours dans la fenêtre.</translation>
    </message>
    <message>
        <source>The vault could not be written</source>
        <translation>Le coffre n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>TrustDesk could not read or write the vault&apos;s files.</source>
        <translation>TrustDesk n&apos;a pas pu lire ou écrire les fichiers du coffre.</translation>
    </message>
    <message>
        <source>Check that the folder (or USB stick) is still there and writable. Nothing was lost.</source>
        <translation>Vérifiez que le dossier (ou la clé USB) est toujours là et accessible en écriture. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Encryption library missing</source>
        <translation>Bibliothèque de chiffrement manquante</translation>
    </message>
    <message>
        <source>TrustDesk&apos;s encryption library is not available, so it refuses to run.</source>
        <translation>La bibliothèque de chiffrement de TrustDesk n&apos;est pas disponible&#xa0;: il refuse donc de démarrer.</translation>
    </message>
    <message>
        <source>Please reinstall TrustDesk.</source>
        <translation>Veuillez réinstaller TrustDesk.</translation>
    </message>
    <message>
        <source>That could not be done</source>
        <translation>Cela n&apos;a pas pu être fait</translation>
    </message>
    <message>
        <source>That change to the partners of this vault could not be made.</source>
        <translation>Cette modification des partenaires de ce coffre n&apos;a pas pu être effectuée.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for unsafe settings</source>
        <translation>Le fichier de clés du coffre demande des réglages dangereux</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) asks for key settings that TrustDesk never writes (far weaker or far costlier than its own), so it was not used.</source>
        <translation>Le fichier de clés du coffre (vault.json) demande des réglages de clé que TrustDesk n&apos;écrit jamais (bien plus faibles ou bien plus coûteux que les siens)&#xa0;: il n&apos;a donc pas été utilisé.</translation>
    </message>
    <message>
        <source>It may have been edited by hand. Nothing was changed. You can restore the vault from one of its backups.</source>
        <translation>Il a peut-être été modifié à la main. Rien n&apos;a été modifié. Vous pouvez restaurer le coffre à partir de l&apos;une de ses sauvegardes.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file was changed</source>
        <translation>Le fichier de clés du coffre a été modifié</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) was changed outside TrustDesk: its seal does not match, so TrustDesk did not trust it.</source>
        <translation>Le fichier de clés du coffre (vault.json) a été modifié en dehors de TrustDesk&#xa0;: son sceau ne correspond pas, TrustDesk ne lui a donc pas fait confiance.</translation>
    </message>
    <message>
        <source>Nothing was changed. You can restore the vault from one of its backups, whose key files are sealed too.</source>
        <translation>Rien n&apos;a été modifié. Vous pouvez restaurer le coffre à partir de l&apos;une de ses sauvegardes, dont les fichiers de clés sont eux aussi scellés.</translation>
    </message>
    <message>
        <source>These files belong to another vault</source>
        <translation>Ces fichiers appartiennent à un autre coffre</translation>
    </message>
    <message>
        <source>A database in this folder belongs to another TrustDesk vault.</source>
        <translation>Une base de données de ce dossier appartient à un autre coffre TrustDesk.</translation>
    </message>
    <message>
        <source>Nothing was changed or opened. Put that vault&apos;s files back in their own folder, or restore this vault from one of its backups.</source>
        <translation>Rien n&apos;a été modifié ni ouvert. Remettez les fichiers de cet autre coffre dans leur propre dossier, ou restaurez ce coffre à partir de l&apos;une de ses sauvegardes.</translation>
    </message>
    <message>
        <source>An older copy of part of the vault</source>
        <translation>Une ancienne copie d&apos;une partie du coffre</translation>
    </message>
    <message>
        <source>A database in this folder is an older copy of this vault&apos;s own, put back by hand; TrustDesk did not open it so that nothing newer is silently lost.</source>
        <translation>Une base de données de ce dossier est une ancienne copie de celle de ce coffre, remise en place à la main&#xa0;; TrustDesk ne l&apos;a pas ouverte afin que rien de plus récent ne soit perdu sans bruit.</translation>
    </message>
    <message>
        <source>Nothing was changed. If you meant to go back to an older state, restore one of the vault&apos;s backups instead; otherwise put the newer file back.</source>
        <translation>Rien n&apos;a été modifié. Si vous vouliez revenir à un état antérieur, restaurez plutôt l&apos;une des sauvegardes du coffre&#xa0;; sinon, remettez le fichier plus récent en place.</translation>
    </message>
    <message>
        <source>An older copy of the key file</source>
        <translation>Une ancienne copie du fichier de clés</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) is older than its databases, so its keys no longer fit them.</source>
        <translation>Le fichier de clés du coffre (vault.json) est plus ancien que ses bases de données&#xa0;: ses clés ne leur correspondent plus.</translation>
    </message>
    <message>
        <source>Nothing was changed. Put the newer vault.json back, or restore the vault from one of its backups.</source>
        <translation>Rien n&apos;a été modifié. Remettez le vault.json plus récent en place, ou restaurez le coffre à partir de l&apos;une de ses sauvegardes.</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Un instant, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>TrustDesk is giving the vault new keys, so this change could not be saved just now.</source>
        <translation>TrustDesk est en train de donner de nouvelles clés au coffre&#xa0;: cette modification n&apos;a donc pas pu être enregistrée pour le moment.</translation>
    </message>
    <message>
        <source>Nothing was lost: your words are still in the window. Please try again in a moment.</source>
        <translation>Rien n&apos;est perdu&#xa0;: vos mots sont toujours dans la fenêtre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Please choose another password</source>
        <translation>Veuillez choisir un autre mot de passe</translation>
    </message>
    <message>
        <source>That password already opens this vault for your partner.</source>
        <translation>Ce mot de passe ouvre déjà ce coffre pour votre partenaire.</translation>
    </message>
    <message>
        <source>Each of you needs a password of your own.</source>
        <translation>Chacun de vous a besoin de son propre mot de passe.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>Bienvenue dans TrustDesk</translation>
    </message>
    <message>
        <source>A quiet place for rebuilding trust: an agreement you make together, gentle check-ins, and a private journal for each of you.</source>
        <translation>Un lieu paisible pour reconstruire la confiance&#xa0;: un accord que vous établissez ensemble, des échanges bienveillants et un journal privé pour chacun de vous.</translation>
    </message>
    <message>
        <source>Private by design</source>
        <translation>Privé par conception</translation>
    </message>
    <message>
        <source>Everything you write is encrypted on this computer. No account, no cloud, no network connection.</source>
        <translation>Tout ce que vous écrivez est chiffré sur cet ordinateur. Pas de compte, pas de cloud, pas de connexion réseau.</translation>
    </message>
    <message>
        <source>Yours alone, where it should be</source>
        <translation>Rien qu&apos;à vous, là où il faut</translation>
    </message>
    <message>
        <source>Each of you has a private space the other cannot open, beside the space you share.</source>
        <translation>Chacun de vous a un espace privé que l&apos;autre ne peut pas ouvrir, à côté de l&apos;espace que vous partagez.</translation>
    </message>
    <message>
        <source>At your own pace</source>
        <translation>À votre rythme</translation>
    </message>
    <message>
        <source>Every question can be skipped, and locking is always one keystroke away (Ctrl+L).</source>
        <translation>Chaque question peut être passée, et le verrouillage est toujours à portée d&apos;une touche (Ctrl+L).</translation>
    </message>
    <message>
        <source>Looking for your vault?</source>
        <translation>Vous cherchez votre coffre&#xa0;?</translation>
    </message>
    <message>
        <source>The vault will be kept in {folder}</source>
        <translation>Le coffre sera conservé dans {folder}</translation>
    </message>
    <message>
        <source>Who will use TrustDesk?</source>
        <translation>Qui va utiliser TrustDesk&#xa0;?</translation>
    </message>
    <message>
        <source>You can change this later.</source>
        <translation>Vous pourrez le changer plus tard.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Juste moi</translation>
    </message>
    <message>
        <source>The two of us</source>
        <translation>Nous deux</translation>
    </message>
    <message>
        <source>A private journal, and a place to prepare for conversations. Your partner can join later.</source>
        <translation>Un journal privé, et un lieu pour préparer vos conversations. Votre partenaire pourra vous rejoindre plus tard.</translation>
    </message>
    <message>
        <source>An agreement and check-ins you share, and a private space for each of you. Both of you should be here for the next steps.</source>
        <translation>Un accord et des échanges que vous partagez, et un espace privé pour chacun de vous. Vous devriez être là tous les deux pour les étapes suivantes.</translation>
    </message>
    <message>
        <source>A page to read on your own; nothing is asked or recorded</source>
        <translation>Une page à lire seul·e&#xa0;; rien n&apos;est demandé ni enregistré</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>Your name is kept inside the encrypted vault and never appears in window titles or settings files. Printouts and exports you choose to make do carry it.</source>
        <translation>Votre nom est conservé dans le coffre chiffré et n&apos;apparaît jamais dans les titres de fenêtre ni dans les fichiers de paramètres. Les impressions et exports que vous choisissez de faire le contiennent, eux.</translation>
    </message>
    <message>
        <source>What would you like to be &amp;called?</source>
        <translation>Comment aimeriez-vous être &amp;appelé·e&#xa0;?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Votre couleur</translation>
    </message>
    <message>
        <source>It marks what is yours across the app.</source>
        <translation>Elle marque ce qui est à vous dans toute l&apos;application.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>It opens your private space and the space you share. Nobody can reset it for you — but the recovery code on the next page can set a new one.</source>
        <translation>Il ouvre votre espace privé et l&apos;espace que vous partagez. Personne ne peut le réinitialiser pour vous — mais le code de récupération de la page suivante permet d&apos;en choisir un nouveau.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Now your partner</source>
        <translation>Au tour de votre partenaire</translation>
    </message>
    <message>
        <source>Hand the keyboard over. Your partner chooses their own password: it opens their private space, which only they can see.</source>
        <translation>Passez le clavier. Votre partenaire choisit son propre mot de passe&#xa0;: il ouvre son espace privé, que lui seul ou elle seule peut voir.</translation>
    </message>
    <message>
        <source>Their &amp;name</source>
        <translation>Son &amp;nom</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Nom du partenaire</translation>
    </message>
    <message>
        <source>Their colour</source>
        <translation>Sa couleur</translation>
    </message>
    <message>
        <source>Their &amp;password</source>
        <translation>Son mot de &amp;passe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Add my partner</source>
        <translation>Ajouter mon partenaire</translation>
    </message>
    <message>
        <source>Partner&apos;s colour</source>
        <translation>Couleur du partenaire</translation>
    </message>
    <message>
        <source>That is your partner&apos;s name too. An initial or a nickname tells you apart.</source>
        <translation>C&apos;est aussi le nom de votre partenaire. Une initiale ou un surnom vous distinguera.</translation>
    </message>
    <message>
        <source>Open TrustDesk</source>
        <translation>Ouvrir TrustDesk</translation>
    </message>
    <message>
        <source>Join later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Your partner can join any time from Partners → Invite your partner</source>
        <translation>Votre partenaire peut vous rejoindre à tout moment via Partenaires → Inviter votre partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>If a password is ever forgotten, this code sets a new one. Write it down or print it, and keep it somewhere safe and private, away from this computer. Anyone who has it and this computer could open this private space.</source>
        <translation>Si un mot de passe est oublié un jour, ce code permet d&apos;en choisir un nouveau. Notez-le ou imprimez-le, et gardez-le dans un endroit sûr et privé, loin de cet ordinateur. Toute personne qui l&apos;a en main avec cet ordinateur pourrait ouvrir cet espace privé.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimer la fiche de récupération</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Enregistrer la fiche de récupération en PDF</translation>
    </message>
    <message>
        <source>Paper and PDF copies are not encrypted: keep them where only you can reach them.</source>
        <translation>Les copies papier et PDF ne sont pas chiffrées&#xa0;: gardez-les là où vous seul·e pouvez les atteindre.</translation>
    </message>
    <message>
        <source>I have kept my recovery code somewhere safe</source>
        <translation>J&apos;ai conservé mon code de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Recovery code kept</source>
        <translation>Code de récupération conservé</translation>
    </message>
    <message>
        <source>{name}, this is your recovery code</source>
        <translation>{name}, voici votre code de récupération</translation>
    </message>
    <message>
        <source>Making a private space for your partner…</source>
        <translation>Création d&apos;un espace privé pour votre partenaire…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>Creating your vault… This takes a few seconds: the key is made slow on purpose, so a password cannot be guessed quickly.</source>
        <translation>Création de votre coffre… Cela prend quelques secondes&#xa0;: la clé est volontairement lente à produire, pour qu&apos;un mot de passe ne puisse pas être deviné rapidement.</translation>
    </message>
    <message>
        <source>{problem} Your vault is ready; your partner can join later from Partners → Invite your partner.</source>
        <translation>{problem} Votre coffre est prêt&#xa0;; votre partenaire pourra vous rejoindre plus tard via Partenaires → Inviter votre partenaire.</translation>
    </message>
    <message>
        <source>Your partner could not join yet</source>
        <translation>Votre partenaire n&apos;a pas encore pu vous rejoindre</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la fiche de récupération</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was not saved</source>
        <translation>La fiche n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Enregistré sous {file}.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
</TS>
