<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Agreement</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Current draft (not signed)</source>
        <translation>Aktueller Entwurf (nicht unterschrieben)</translation>
    </message>
    <message>
        <source>Version {number}, signed {day}</source>
        <translation>Version {number}, unterschrieben am {day}</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation>Zwei Versionen vergleichen</translation>
    </message>
    <message>
        <source>Additions are marked ＋ and underlined, removals − and struck through; moved boundaries say where they came from.</source>
        <translation>Hinzugefügtes ist mit ＋ markiert und unterstrichen, Entferntes mit − und durchgestrichen; bei verschobenen Grenzen steht, woher sie kommen.</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>Aktueller Entwurf</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleiche</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Only what changed</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Show only what changed</source>
        <translation>Nur anzeigen, was sich geändert hat</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Between {first} and {second}</source>
        <translation>Zwischen {first} und {second}</translation>
    </message>
    <message>
        <source>Between {names}</source>
        <translation>Zwischen {names}</translation>
    </message>
    <message>
        <source>There are no boundaries in this version.</source>
        <translation>In dieser Version gibt es keine Grenzen.</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Warum es uns wichtig ist:</translation>
    </message>
    <message>
        <source>Signed by {names}</source>
        <translation>Unterschrieben von {names}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>{moved} from “{heading}”</source>
        <translation>{moved} aus „{heading}“</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>(was “{heading}”)</source>
        <translation>(vorher „{heading}“)</translation>
    </message>
    <message>
        <source>These two versions say the same.</source>
        <translation>Diese beiden Versionen sagen dasselbe.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries have reached their review date. There is no rush: look at them when it suits you.</source>
        <translation>
            <numerusform>Bei %n Grenze ist der Prüftag gekommen. Es eilt nicht: Sieh sie dir an, wann es dir passt.</numerusform>
            <numerusform>Bei %n Grenzen ist der Prüftag gekommen. Es eilt nicht: Sieh sie dir an, wann es dir passt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries have reached their review date. There is no rush: look at them together when it suits you both.</source>
        <translation>
            <numerusform>Bei %n Grenze ist der Prüftag gekommen. Es eilt nicht: Seht sie euch gemeinsam an, wann es euch beiden passt.</numerusform>
            <numerusform>Bei %n Grenzen ist der Prüftag gekommen. Es eilt nicht: Seht sie euch gemeinsam an, wann es euch beiden passt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The heading “{title}” and its %n boundaries leave the draft. Undo brings them back.</source>
        <translation>
            <numerusform>Die Überschrift „{title}“ und ihre %n Grenze verlassen den Entwurf. Rückgängig holt sie zurück.</numerusform>
            <numerusform>Die Überschrift „{title}“ und ihre %n Grenzen verlassen den Entwurf. Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n chosen suggestions as drafts</source>
        <translation>
            <numerusform>%n gewählten Vorschlag als Entwurf hinzufügen</numerusform>
            <numerusform>%n gewählte Vorschläge als Entwürfe hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n as drafts</source>
        <translation>
            <numerusform>%n als Entwurf hinzufügen</numerusform>
            <numerusform>%n als Entwürfe hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen — you can change every word later</source>
        <translation>
            <numerusform>%n gewählt — du kannst später jedes Wort ändern</numerusform>
            <numerusform>%n gewählt — du kannst später jedes Wort ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n clauses</source>
        <translation>
            <numerusform>%n Grenze verschieben</numerusform>
            <numerusform>%n Grenzen verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries</source>
        <translation>
            <numerusform>%n Grenze</numerusform>
            <numerusform>%n Grenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>I commit to this</source>
        <translation>Dazu verpflichte ich mich</translation>
    </message>
    <message>
        <source> · confirmed with their own password at this computer</source>
        <translation> · mit dem eigenen Passwort an diesem Computer bestätigt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>The chosen boundary</source>
        <translation>Die gewählte Grenze</translation>
    </message>
    <message>
        <source>Choose a boundary to see it in full.</source>
        <translation>Wähle eine Grenze, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Boundary text</source>
        <translation>Text der Grenze</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Prüfen bis</translation>
    </message>
    <message>
        <source>In your own words: what do we agree on?</source>
        <translation>Mit euren eigenen Worten: Worauf einigen wir uns?</translation>
    </message>
    <message>
        <source>&amp;Boundary</source>
        <translation>&amp;Grenze</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es uns wichtig ist</translation>
    </message>
    <message>
        <source>Optional: why this matters to us</source>
        <translation>Optional: warum uns das wichtig ist</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Warum es zählt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Review by</source>
        <translation>&amp;Prüfen bis</translation>
    </message>
    <message>
        <source>Suggest new words…</source>
        <translation>Neue Worte vorschlagen…</translation>
    </message>
    <message>
        <source>Suggest new words for this boundary</source>
        <translation>Neue Worte für diese Grenze vorschlagen</translation>
    </message>
    <message>
        <source>Adds a proposal beside this boundary; the agreed words stay in force until you both agree to the new ones.</source>
        <translation>Fügt neben dieser Grenze einen Vorschlag hinzu; die vereinbarten Worte gelten weiter, bis ihr beide den neuen zustimmt.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove this boundary</source>
        <translation>Diese Grenze entfernen</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <source>Agreed boundaries are retired, not removed.</source>
        <translation>Vereinbarte Grenzen werden außer Kraft gesetzt, nicht entfernt.</translation>
    </message>
    <message>
        <source>This proposal would replace the boundary above it once you both agree.</source>
        <translation>Dieser Vorschlag würde die Grenze darüber ersetzen, sobald ihr beide zustimmt.</translation>
    </message>
    <message>
        <source>Retired: kept for your history, not part of what you sign.</source>
        <translation>Außer Kraft: bleibt für eure Geschichte erhalten, ist aber nicht Teil dessen, was ihr unterschreibt.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Edit boundary text</source>
        <translation>Text der Grenze bearbeiten</translation>
    </message>
    <message>
        <source>Edit why it matters</source>
        <translation>„Warum es uns wichtig ist“ bearbeiten</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Set review date</source>
        <translation>Prüfdatum festlegen</translation>
    </message>
    <message>
        <source>Move boundary</source>
        <translation>Grenze verschieben</translation>
    </message>
    <message>
        <source>Where the agreement stands</source>
        <translation>Wo die Vereinbarung steht</translation>
    </message>
    <message>
        <source>Boundaries due for review</source>
        <translation>Grenzen, die geprüft werden wollen</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the boundaries due for review</source>
        <translation>Die Grenzen anzeigen, deren Prüftag gekommen ist</translation>
    </message>
    <message>
        <source>Agreement actions</source>
        <translation>Aktionen zur Vereinbarung</translation>
    </message>
    <message>
        <source>Add a heading for related boundaries</source>
        <translation>Eine Überschrift für zusammengehörige Grenzen hinzufügen</translation>
    </message>
    <message>
        <source>Add boundary</source>
        <translation>Grenze hinzufügen</translation>
    </message>
    <message>
        <source>Add a boundary under the chosen heading</source>
        <translation>Eine Grenze unter der gewählten Überschrift hinzufügen</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Ich stimme zu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Unterschreiben…</translation>
    </message>
    <message>
        <source>Sign a new version</source>
        <translation>Eine neue Version unterschreiben</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the agreement as it stands</source>
        <translation>Die Vereinbarung so drucken, wie sie jetzt steht</translation>
    </message>
    <message>
        <source>I commit</source>
        <translation>Ich verpflichte mich</translation>
    </message>
    <message>
        <source>Withdraw my agreement</source>
        <translation>Meine Zustimmung zurücknehmen</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>Unterschriebene Versionen</translation>
    </message>
    <message>
        <source>Find words in the agreement</source>
        <translation>Wörter in der Vereinbarung finden</translation>
    </message>
    <message>
        <source>Show boundaries with status</source>
        <translation>Grenzen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All current boundaries</source>
        <translation>Alle aktuellen Grenzen</translation>
    </message>
    <message>
        <source>Everything, retired too</source>
        <translation>Alles, auch außer Kraft gesetzte</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Prüftag gekommen</translation>
    </message>
    <message>
        <source>Show only boundaries due for review</source>
        <translation>Nur Grenzen anzeigen, deren Prüftag gekommen ist</translation>
    </message>
    <message>
        <source>Your agreement is still empty</source>
        <translation>Die Vereinbarung ist noch leer</translation>
    </message>
    <message>
        <source>Start from suggestions…</source>
        <translation>Mit Vorschlägen beginnen…</translation>
    </message>
    <message>
        <source>Start from suggested boundaries</source>
        <translation>Mit vorgeschlagenen Grenzen beginnen</translation>
    </message>
    <message>
        <source>Write our own</source>
        <translation>Eigene schreiben</translation>
    </message>
    <message>
        <source>Start with an empty heading</source>
        <translation>Mit einer leeren Überschrift beginnen</translation>
    </message>
    <message>
        <source>The agreement, by heading</source>
        <translation>Die Vereinbarung, nach Überschriften</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Start from suggestions you can adopt or skip one by one, or write your own from scratch. Nothing is agreed until </source>
        <translation>Beginne mit Vorschlägen, die du einzeln übernehmen oder überspringen kannst, oder schreib deine eigenen von Grund auf. Nichts ist vereinbart, bis </translation>
    </message>
    <message>
        <source>you commit to it.</source>
        <translation>du dich dazu verpflichtest.</translation>
    </message>
    <message>
        <source>each of you says yes.</source>
        <translation>jede und jeder von euch Ja sagt.</translation>
    </message>
    <message>
        <source>Version {number} signed {day}</source>
        <translation>Version {number}, unterschrieben am {day}</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>Remove boundary</source>
        <translation>Grenze entfernen</translation>
    </message>
    <message>
        <source>Propose a change</source>
        <translation>Eine Änderung vorschlagen</translation>
    </message>
    <message>
        <source>Add heading</source>
        <translation>Überschrift hinzufügen</translation>
    </message>
    <message>
        <source>Rename heading</source>
        <translation>Überschrift umbenennen</translation>
    </message>
    <message>
        <source>Move heading</source>
        <translation>Überschrift verschieben</translation>
    </message>
    <message>
        <source>Remove heading</source>
        <translation>Überschrift entfernen</translation>
    </message>
    <message>
        <source>Adopt starter boundaries</source>
        <translation>Grenzen aus den Ausgangspunkten übernehmen</translation>
    </message>
    <message>
        <source>Suggestions are not available</source>
        <translation>Vorschläge sind nicht verfügbar</translation>
    </message>
    <message>
        <source>The starter suggestions could not be read. You can still write your own.</source>
        <translation>Die Vorschläge für den Anfang konnten nicht gelesen werden. Du kannst trotzdem deine eigenen schreiben.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>You committed to these words. New words need a new commitment.</source>
        <translation>Du hast dich zu diesen Worten verpflichtet. Neue Worte brauchen eine neue Verpflichtung.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>{names} agreed to these words. New words need each of you to agree again.</source>
        <translation>{names} haben diesen Worten zugestimmt. Für neue Worte müsst ihr beide noch einmal zustimmen.</translation>
    </message>
    <message>
        <source>Change words that were agreed?</source>
        <translation>Vereinbarte Worte ändern?</translation>
    </message>
    <message>
        <source> The last signed version stays as it is.</source>
        <translation> Die zuletzt unterschriebene Version bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Change the words</source>
        <translation>Worte ändern</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>New heading</source>
        <translation>Neue Überschrift</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <source>New boundary</source>
        <translation>Neue Grenze</translation>
    </message>
    <message>
        <source>this boundary.</source>
        <translation>dieser Grenze.</translation>
    </message>
    <message>
        <source>You are agreeing to {words}</source>
        <translation>Du gibst deine Zustimmung zu {words}</translation>
    </message>
    <message>
        <source>You are taking back your agreement to {words}</source>
        <translation>Du widerrufst deine Zustimmung zu {words}</translation>
    </message>
    <message>
        <source>This boundary is agreed by both of you, so it is not deleted on its own. You can mark it “Needs talking about”, or retire it.</source>
        <translation>Dieser Grenze habt ihr beide zugestimmt, daher wird sie nicht einfach gelöscht. Du kannst sie als „Muss besprochen werden“ markieren oder sie außer Kraft setzen.</translation>
    </message>
    <message>
        <source>Remove this boundary?</source>
        <translation>Diese Grenze entfernen?</translation>
    </message>
    <message>
        <source>It leaves the draft. Signed versions keep it as it was. Undo brings it back.</source>
        <translation>Sie verlässt den Entwurf. Unterschriebene Versionen behalten sie, wie sie war. Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>The empty heading “{title}” goes.</source>
        <translation>Die leere Überschrift „{title}“ wird entfernt.</translation>
    </message>
    <message>
        <source>Remove this heading?</source>
        <translation>Diese Überschrift entfernen?</translation>
    </message>
    <message>
        <source>Each version is kept exactly as it was signed. Choose one to read it, compare it or print it.</source>
        <translation>Jede Version bleibt genau so erhalten, wie sie unterschrieben wurde. Wähle eine, um sie zu lesen, zu vergleichen oder zu drucken.</translation>
    </message>
    <message>
        <source>Nothing has been signed yet. When every boundary is agreed, “Sign…” makes the first version.</source>
        <translation>Es wurde noch nichts unterschrieben. Wenn jeder Grenze zugestimmt ist, erstellt „Unterschreiben…“ die erste Version.</translation>
    </message>
    <message>
        <source>{name}: not signed yet</source>
        <translation>{name}: noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>{name} agrees to it…</source>
        <translation>{name} stimmt zu…</translation>
    </message>
    <message>
        <source>{name} agrees to this boundary, in their own name</source>
        <translation>{name} stimmt dieser Grenze zu, im eigenen Namen</translation>
    </message>
    <message>
        <source>{name} signs…</source>
        <translation>{name} unterschreibt…</translation>
    </message>
    <message>
        <source>{name} signs with their own password</source>
        <translation>{name} unterschreibt mit dem eigenen Passwort</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterschreiben</translation>
    </message>
    <message>
        <source>Sign together</source>
        <translation>Gemeinsam unterschreiben</translation>
    </message>
    <message>
        <source>Sign this version</source>
        <translation>Diese Version unterschreiben</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close without signing</source>
        <translation>Schließen, ohne zu unterschreiben</translation>
    </message>
    <message>
        <source>your commitment</source>
        <translation>deine Verpflichtung</translation>
    </message>
    <message>
        <source>version {number} together</source>
        <translation>Version {number} gemeinsam</translation>
    </message>
    <message>
        <source>You are signing {what}. Please read it through first.</source>
        <translation>Du unterschreibst {what}. Bitte lies es vorher in Ruhe durch.</translation>
    </message>
    <message>
        <source>{name}: confirmed ✓</source>
        <translation>{name}: bestätigt ✓</translation>
    </message>
    <message>
        <source>Starting points</source>
        <translation>Ausgangspunkte</translation>
    </message>
    <message>
        <source>Starting points for your agreement</source>
        <translation>Ausgangspunkte für eure Vereinbarung</translation>
    </message>
    <message>
        <source>Suggestions to adopt</source>
        <translation>Vorschläge zum Übernehmen</translation>
    </message>
    <message>
        <source>The chosen suggestion</source>
        <translation>Der gewählte Vorschlag</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>Alle wählen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Add as drafts</source>
        <translation>Als Entwürfe hinzufügen</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>Noch nichts gewählt</translation>
    </message>
    <message>
        <source>Why it can matter:</source>
        <translation>Warum es wichtig sein kann:</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Agreed by both</source>
        <translation>Von beiden vereinbart</translation>
    </message>
    <message>
        <source>Needs talking about</source>
        <translation>Muss besprochen werden</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Kraft</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Verbindlich</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Zugestimmt von</translation>
    </message>
    <message>
        <source>Heading: {title}, {count}</source>
        <translation>Überschrift: {title}, {count}</translation>
    </message>
    <message>
        <source>{done} of {all} committed</source>
        <translation>{done} von {all} verbindlich</translation>
    </message>
    <message>
        <source>{done} of {all} agreed</source>
        <translation>{done} von {all} vereinbart</translation>
    </message>
    <message>
        <source>{name}: yes, {day}</source>
        <translation>{name}: ja, {day}</translation>
    </message>
    <message>
        <source>{name}: not yet</source>
        <translation>{name}: noch nicht</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Warum es uns wichtig ist: {why}</translation>
    </message>
    <message>
        <source>{day} · time to review</source>
        <translation>{day} · Zeit zum Prüfen</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected happened</source>
        <translation>Etwas Unerwartetes ist passiert</translation>
    </message>
    <message>
        <source>TrustDesk ran into a problem it did not expect. Everything saved before is safe: each change is written the moment it is made.

If this happens again, close TrustDesk and open it again.</source>
        <translation>TrustDesk ist auf ein Problem gestoßen, mit dem es nicht gerechnet hat. Alles, was vorher gespeichert wurde, ist sicher: Jede Änderung wird in dem Moment geschrieben, in dem sie entsteht.

Wenn das noch einmal passiert, schließe TrustDesk und öffne es erneut.</translation>
    </message>
    <message>
        <source>This folder already holds a TrustDesk vault.</source>
        <translation>In diesem Ordner liegt bereits ein TrustDesk-Tresor.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Das ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>This folder already holds other files. Please choose an empty or new folder for the vault, for example with --vault and a new folder name.</source>
        <translation>In diesem Ordner liegen bereits andere Dateien. Bitte wähle einen leeren oder neuen Ordner für den Tresor, zum Beispiel mit --vault und einem neuen Ordnernamen.</translation>
    </message>
    <message>
        <source>TrustDesk last opened a vault in {folder}, which cannot be found now. If it is on a USB stick or another drive, connect it and start TrustDesk again.</source>
        <translation>TrustDesk hat zuletzt einen Tresor in {folder} geöffnet, der jetzt nicht gefunden werden kann. Wenn er auf einem USB-Stick oder einem anderen Laufwerk liegt, schließe das Laufwerk an und starte TrustDesk erneut.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>after change</source>
        <translation>nach Änderung</translation>
    </message>
    <message>
        <source>before removal</source>
        <translation>vor dem Entfernen</translation>
    </message>
    <message>
        <source>replaced by restore</source>
        <translation>durch Wiederherstellung ersetzt</translation>
    </message>
    <message>
        <source>self test</source>
        <translation>Selbsttest</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Dein Passwort ändern</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Your recovery code stays the same.</source>
        <translation>Dein Wiederherstellungscode bleibt gleich.</translation>
    </message>
    <message>
        <source>Your recovery code stays the same, and so does your partner&apos;s password.</source>
        <translation>Dein Wiederherstellungscode bleibt gleich, ebenso das Passwort deines Partners.</translation>
    </message>
    <message>
        <source>Older backups are re-protected with your new password: afterwards they open with your new password or your recovery code, and your old password opens none of them.</source>
        <translation>Ältere Sicherungen werden mit deinem neuen Passwort neu geschützt: Danach öffnen sie sich mit deinem neuen Passwort oder deinem Wiederherstellungscode, und dein altes Passwort öffnet keine davon.</translation>
    </message>
    <message>
        <source>Remove older backups instead (a fresh backup is made right after)</source>
        <translation>Ältere Sicherungen stattdessen entfernen (direkt danach wird eine neue Sicherung erstellt)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Check-in</name>
    <message>
        <source>Comfort and safety</source>
        <translation>Geborgenheit und Sicherheit</translation>
    </message>
    <message>
        <source>Desire</source>
        <translation>Verlangen</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>So lassen</translation>
    </message>
    <message>
        <source>Revisit together</source>
        <translation>Gemeinsam neu ansehen</translation>
    </message>
    <message>
        <source>Not talked about</source>
        <translation>Nicht besprochen</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>rather not say</source>
        <translation>lieber nicht sagen</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} von 10</translation>
    </message>
    <message>
        <source>{rhythm}, on {weekday}</source>
        <translation>{rhythm}, am {weekday}</translation>
    </message>
    <message>
        <source>Whenever you are ready, you could sit down for a first check-in.</source>
        <translation>Wann immer du bereit bist, kannst du dich zu einem ersten Check-in hinsetzen.</translation>
    </message>
    <message>
        <source>A check-in is due — whenever you both feel ready.</source>
        <translation>Ein Check-in steht an — wann immer ihr beide bereit seid.</translation>
    </message>
    <message>
        <source>Your next check-in is planned for tomorrow.</source>
        <translation>Der nächste Check-in ist für morgen geplant.</translation>
    </message>
    <message>
        <source>Your next check-in is planned for {day}.</source>
        <translation>Der nächste Check-in ist für {day} geplant.</translation>
    </message>
    <message>
        <source>When the next check-in is</source>
        <translation>Wann der nächste Check-in ist</translation>
    </message>
    <message>
        <source>Resume your check-in</source>
        <translation>Deinen Check-in fortsetzen</translation>
    </message>
    <message>
        <source>Resume your paused check-in</source>
        <translation>Deinen pausierten Check-in fortsetzen</translation>
    </message>
    <message>
        <source>Start a check-in</source>
        <translation>Einen Check-in beginnen</translation>
    </message>
    <message>
        <source>Start a new check-in</source>
        <translation>Einen neuen Check-in beginnen</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>a former partner</source>
        <translation>ein früherer Partner</translation>
    </message>
    <message>
        <source>Check-in of {day}</source>
        <translation>Check-in vom {day}</translation>
    </message>
    <message>
        <source>Taking part: {names}</source>
        <translation>Dabei: {names}</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin-top:16px&apos;&gt;Boundaries looked at again&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin-top:16px&apos;&gt;Noch einmal angesehene Grenzen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None talked about this time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diesmal wurde keine besprochen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> — a new proposal is in the agreement</source>
        <translation> — ein neuer Vorschlag steht in der Vereinbarung</translation>
    </message>
    <message>
        <source>not planned yet</source>
        <translation>noch nicht geplant</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin-top:16px&apos;&gt;My private reflection&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin-top:16px&apos;&gt;Meine private Reflexion&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Check-in summary</source>
        <translation>Zusammenfassung des Check-ins</translation>
    </message>
    <message>
        <source>TrustDesk · check-in summary</source>
        <translation>TrustDesk · Zusammenfassung des Check-ins</translation>
    </message>
    <message>
        <source>Our check-in</source>
        <translation>Unser Check-in</translation>
    </message>
    <message>
        <source>How I feel now</source>
        <translation>Wie ich mich jetzt fühle</translation>
    </message>
    <message>
        <source>Boundaries looked at again</source>
        <translation>Noch einmal angesehene Grenzen</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Noch nicht geplant</translation>
    </message>
    <message>
        <source>Type a number to answer (1 then 0 quickly for 10)</source>
        <translation>Tippe eine Zahl, um zu antworten (für 10 schnell 1 und dann 0)</translation>
    </message>
    <message>
        <source>— means not answered. Type a number (1 then 0 quickly for 10).</source>
        <translation>— heißt nicht beantwortet. Tippe eine Zahl (für 10 schnell 1 und dann 0).</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Lieber nicht sagen</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>You can leave this empty.</source>
        <translation>Du kannst das leer lassen.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation>Alle paar Tage</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check-ins you save appear here, newest first.&lt;/p&gt;&lt;p&gt;A check-in takes a quarter of an hour or so: how each of you feels now, an effort you noticed, what feels good and what you would like more of, and what each of you needs this week. Every question can be skipped, and either of you can pause.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Check-ins, die ihr speichert, erscheinen hier, die neuesten zuerst.&lt;/p&gt;&lt;p&gt;Ein Check-in dauert etwa eine Viertelstunde: wie sich jeder von euch jetzt fühlt, eine Bemühung, die euch aufgefallen ist, was guttut und wovon ihr gern mehr hättet, und was jeder von euch diese Woche braucht. Jede Frage kann übersprungen werden, und jeder von euch kann pausieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Past check-ins</source>
        <translation>Frühere Check-ins</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wer dabei war</translation>
    </message>
    <message>
        <source>The chosen check-in</source>
        <translation>Der gewählte Check-in</translation>
    </message>
    <message>
        <source>How often we check in</source>
        <translation>Wie oft wir Check-ins machen</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation>Alle wie viele Tage</translation>
    </message>
    <message>
        <source>On which day</source>
        <translation>An welchem Tag</translation>
    </message>
    <message>
        <source>on any day</source>
        <translation>an einem beliebigen Tag</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>am {day}</translation>
    </message>
    <message>
        <source>A missed check-in is not a failure: start whenever you are ready.</source>
        <translation>Ein ausgelassener Check-in ist kein Versagen: Fang an, wann immer du bereit bist.</translation>
    </message>
    <message>
        <source>The check-ins could not be read just now.</source>
        <translation>Die Check-ins konnten gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A check-in is paused. You can pick it up where you left off.</source>
        <translation>Ein Check-in ist pausiert. Du kannst dort weitermachen, wo er stehen geblieben ist.</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>{name}&apos;s turn</source>
        <translation>{name} ist dran</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>Our ground rules: {rules}</source>
        <translation>Unsere Grundregeln: {rules}</translation>
    </message>
    <message>
        <source>Who is here today?</source>
        <translation>Wer ist heute dabei?</translation>
    </message>
    <message>
        <source>{name} is here</source>
        <translation>{name} ist dabei</translation>
    </message>
    <message>
        <source>Just you today — a check-in with yourself.</source>
        <translation>Heute nur du — ein Check-in mit dir selbst.</translation>
    </message>
    <message>
        <source>Date of this check-in</source>
        <translation>Datum dieses Check-ins</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Taking turns</source>
        <translation>Abwechselnd</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>die andere Person</translation>
    </message>
    <message>
        <source>{name} begins</source>
        <translation>{name} beginnt</translation>
    </message>
    <message>
        <source>Each of you answers on your own. While {name} answers, {others} can step away from the screen. You will look at everything together at the end.</source>
        <translation>Jeder von euch antwortet für sich. Während {name} antwortet, kann {others} sich vom Bildschirm entfernen. Am Ende seht ihr euch alles gemeinsam an.</translation>
    </message>
    <message>
        <source>I&apos;m {name} — begin</source>
        <translation>Ich bin {name} — beginnen</translation>
    </message>
    <message>
        <source>Please pass the screen to {name}</source>
        <translation>Bitte gib den Bildschirm an {name} weiter</translation>
    </message>
    <message>
        <source>{before}&apos;s answers are now out of sight. {name}, take your time; when you are ready, continue. Either of you can pause at any moment.</source>
        <translation>Die Antworten von {before} sind jetzt nicht mehr zu sehen. {name}, nimm dir Zeit; wenn du bereit bist, mach weiter. Jeder von euch kann jederzeit pausieren.</translation>
    </message>
    <message>
        <source>I&apos;m {name} — continue</source>
        <translation>Ich bin {name} — weiter</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Wertschätzung</translation>
    </message>
    <message>
        <source>Now, and what comes next</source>
        <translation>Jetzt, und was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Done — hand over to {name}</source>
        <translation>Fertig — an {name} übergeben</translation>
    </message>
    <message>
        <source>Boundaries to look at again</source>
        <translation>Grenzen zum erneuten Ansehen</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Nicht heute</translation>
    </message>
    <message>
        <source>Boundary {number}: {choice}</source>
        <translation>Grenze {number}: {choice}</translation>
    </message>
    <message>
        <source>A note for the conversation (optional)</source>
        <translation>Eine Notiz für das Gespräch (optional)</translation>
    </message>
    <message>
        <source>Boundary {number}: note</source>
        <translation>Grenze {number}: Notiz</translation>
    </message>
    <message>
        <source>This week, and next time</source>
        <translation>Diese Woche und beim nächsten Mal</translation>
    </message>
    <message>
        <source>Plan our next check-in for</source>
        <translation>Unseren nächsten Check-in planen für</translation>
    </message>
    <message>
        <source>Plan the next check-in</source>
        <translation>Den nächsten Check-in planen</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Date of the next check-in</source>
        <translation>Datum des nächsten Check-ins</translation>
    </message>
    <message>
        <source>Your usual rhythm: {rhythm}.</source>
        <translation>Der übliche Rhythmus: {rhythm}.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Look at this together. Nothing is saved until you choose Save check-in.</source>
        <translation>Seht euch das gemeinsam an. Nichts wird gespeichert, bis ihr „Check-in speichern“ wählt.</translation>
    </message>
    <message>
        <source>Summary of this check-in</source>
        <translation>Zusammenfassung dieses Check-ins</translation>
    </message>
    <message>
        <source>Just for me, {name} — stored only in my private space</source>
        <translation>Nur für mich, {name} — nur in meinem privaten Raum gespeichert</translation>
    </message>
    <message>
        <source>{name}&apos;s private reflection, stored only in {name}&apos;s private space</source>
        <translation>Private Reflexion von {name}, nur im privaten Raum von {name} gespeichert</translation>
    </message>
    <message>
        <source>A private note to yourself. Your partner cannot open it.</source>
        <translation>Eine private Notiz an dich selbst. Dein Partner kann sie nicht öffnen.</translation>
    </message>
    <message>
        <source>Print or save the summary…</source>
        <translation>Zusammenfassung drucken oder speichern…</translation>
    </message>
    <message>
        <source>Print or save the summary</source>
        <translation>Zusammenfassung drucken oder speichern</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>Check-in &amp;speichern</translation>
    </message>
    <message>
        <source>Pause: keep this check-in for later and close</source>
        <translation>Pausieren: diesen Check-in für später aufbewahren und schließen</translation>
    </message>
    <message>
        <source>Keeps everything so far, encrypted, and closes. Esc does the same.</source>
        <translation>Bewahrt alles Bisherige verschlüsselt auf und schließt. Esc tut dasselbe.</translation>
    </message>
    <message>
        <source>This check-in could not be saved</source>
        <translation>Dieser Check-in konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The paused check-in could not be read</source>
        <translation>Der pausierte Check-in konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Its saved state is damaged, so it cannot be opened again. You can start a new check-in instead; the damaged one is then set aside.</source>
        <translation>Sein gespeicherter Stand ist beschädigt, daher kann er nicht wieder geöffnet werden. Du kannst stattdessen einen neuen Check-in beginnen; der beschädigte wird dann beiseitegelegt.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>A check-in is paused</source>
        <translation>Ein Check-in ist pausiert</translation>
    </message>
    <message>
        <source>You paused a check-in earlier. Would you like to start a new one instead? The paused one and its answers would then be set aside.</source>
        <translation>Du hast vorhin einen Check-in pausiert. Möchtest du stattdessen einen neuen beginnen? Der pausierte und seine Antworten würden dann beiseitegelegt.</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>Einen neuen beginnen</translation>
    </message>
    <message>
        <source>Keep the paused one</source>
        <translation>Den pausierten behalten</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Jeden Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Handing over — {name}&apos;s screen is hidden</source>
        <translation>Übergabe — der Bildschirm von {name} ist verborgen</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>It comes back as soon as this question closes.</source>
        <translation>Er kommt zurück, sobald diese Frage geschlossen ist.</translation>
    </message>
    <message>
        <source>Only {name} types here — the rest of the screen is hidden</source>
        <translation>Nur {name} tippt hier — der Rest des Bildschirms ist verborgen</translation>
    </message>
</context>
<context>
    <name>Data: agreement starter</name>
    <message>
        <source>Starting points for your agreement</source>
        <translation>Ausgangspunkte für eure Vereinbarung</translation>
    </message>
    <message>
        <source>These are only suggestions, to help you find your own words. Take what fits, change anything, and leave out whatever does not belong to your story. Nothing here is agreed until each of you says yes.</source>
        <translation>Das sind nur Vorschläge, die euch helfen sollen, eure eigenen Worte zu finden. Nehmt, was passt, ändert, was ihr möchtet, und lasst weg, was nicht zu eurer Geschichte gehört. Nichts davon ist vereinbart, bis jede und jeder von euch Ja sagt.</translation>
    </message>
    <message>
        <source>Exclusivity and what it means to us</source>
        <translation>Exklusivität und was sie für uns bedeutet</translation>
    </message>
    <message>
        <source>Couples draw the line in different places. Say plainly where yours is.</source>
        <translation>Paare ziehen die Grenze an unterschiedlichen Stellen. Sagt klar, wo eure liegt.</translation>
    </message>
    <message>
        <source>We are exclusive with each other, sexually and emotionally.</source>
        <translation>Wir sind exklusiv miteinander, sexuell und emotional.</translation>
    </message>
    <message>
        <source>Saying it out loud means neither of us has to guess.</source>
        <translation>Wenn wir es aussprechen, muss keiner von uns raten.</translation>
    </message>
    <message>
        <source>For us, being exclusive also covers flirting by message, dating apps and private meetings that we would not want the other to know about.</source>
        <translation>Für uns bedeutet Exklusivität auch: kein Flirten per Nachricht, keine Dating-Apps und keine privaten Treffen, von denen der andere nichts wissen soll.</translation>
    </message>
    <message>
        <source>Naming examples turns a vague promise into something we can both keep.</source>
        <translation>Beispiele zu nennen macht aus einem vagen Versprechen etwas, das wir beide halten können.</translation>
    </message>
    <message>
        <source>When either of us is unsure whether something crosses our line, we ask before, not after.</source>
        <translation>Wenn sich einer von uns unsicher ist, ob etwas unsere Grenze überschreitet, fragen wir vorher, nicht hinterher.</translation>
    </message>
    <message>
        <source>A question asked early costs little and protects a lot.</source>
        <translation>Eine früh gestellte Frage kostet wenig und schützt viel.</translation>
    </message>
    <message>
        <source>Contact with the affair partner and others</source>
        <translation>Kontakt zur Affärenperson und zu anderen</translation>
    </message>
    <message>
        <source>If this does not apply to you, skip it. If it does, be as specific as you can.</source>
        <translation>Wenn das auf euch nicht zutrifft, überspringt es. Wenn doch, seid so konkret wie möglich.</translation>
    </message>
    <message>
        <source>There is no private contact with the affair partner. If they get in touch, we tell each other the same day.</source>
        <translation>Es gibt keinen privaten Kontakt zur Affärenperson. Meldet sie sich, sagen wir es einander noch am selben Tag.</translation>
    </message>
    <message>
        <source>Knowing rather than wondering lets the hurt partner rest.</source>
        <translation>Zu wissen statt zu grübeln lässt den verletzten Partner zur Ruhe kommen.</translation>
    </message>
    <message>
        <source>Where contact cannot be avoided (work, children, shared friends), we keep it brief and to the point, and mention it without being asked.</source>
        <translation>Wo sich Kontakt nicht vermeiden lässt (Arbeit, Kinder, gemeinsame Freunde), halten wir ihn kurz und sachlich und erwähnen ihn, ohne gefragt zu werden.</translation>
    </message>
    <message>
        <source>Openness about the unavoidable keeps it from becoming a secret.</source>
        <translation>Offenheit über das Unvermeidbare verhindert, dass daraus ein Geheimnis wird.</translation>
    </message>
    <message>
        <source>We tell each other about new close friendships, and we are glad to introduce each other.</source>
        <translation>Wir erzählen einander von neuen engen Freundschaften und stellen uns gern gegenseitig vor.</translation>
    </message>
    <message>
        <source>Friendships are welcome; hidden ones are where doubt grows.</source>
        <translation>Freundschaften sind willkommen; in verborgenen wächst der Zweifel.</translation>
    </message>
    <message>
        <source>Transparency and devices</source>
        <translation>Transparenz und Geräte</translation>
    </message>
    <message>
        <source>Openness offered freely feels different from openness demanded. Agree what feels right for a while, and review it.</source>
        <translation>Freiwillig angebotene Offenheit fühlt sich anders an als eingeforderte. Vereinbart, was sich für eine Weile richtig anfühlt, und überprüft es.</translation>
    </message>
    <message>
        <source>For now, either of us may ask to see the other&apos;s phone or messages, and the answer is a calm yes.</source>
        <translation>Vorerst darf jeder von uns darum bitten, das Handy oder die Nachrichten des anderen zu sehen, und die Antwort ist ein ruhiges Ja.</translation>
    </message>
    <message>
        <source>Offered openness helps trust return; it is meant to be needed less over time.</source>
        <translation>Angebotene Offenheit hilft dem Vertrauen zurück; mit der Zeit soll sie immer weniger nötig sein.</translation>
    </message>
    <message>
        <source>We do not delete messages or browsing history to hide them from each other.</source>
        <translation>Wir löschen keine Nachrichten und keinen Browserverlauf, um etwas voreinander zu verbergen.</translation>
    </message>
    <message>
        <source>What is gone cannot reassure anyone.</source>
        <translation>Was weg ist, kann niemanden beruhigen.</translation>
    </message>
    <message>
        <source>Checking is something we ask for, not something we do in secret; each of us keeps a private space for our own thoughts.</source>
        <translation>Nachsehen ist etwas, worum wir bitten, nicht etwas, das wir heimlich tun; jeder von uns behält einen privaten Raum für die eigenen Gedanken.</translation>
    </message>
    <message>
        <source>Transparency should not turn into surveillance, for either of us.</source>
        <translation>Transparenz soll für keinen von uns zur Überwachung werden.</translation>
    </message>
    <message>
        <source>How we talk and check in</source>
        <translation>Wie wir miteinander reden und Check-ins machen</translation>
    </message>
    <message>
        <source>How you talk matters as much as what you talk about.</source>
        <translation>Wie ihr redet, ist genauso wichtig wie das, worüber ihr redet.</translation>
    </message>
    <message>
        <source>We sit down for a check-in about once a week, at a time that suits us both.</source>
        <translation>Wir setzen uns etwa einmal pro Woche zu einem Check-in zusammen, zu einer Zeit, die uns beiden passt.</translation>
    </message>
    <message>
        <source>A set time means hard things do not have to wait for a bad moment.</source>
        <translation>Eine feste Zeit heißt, dass schwierige Dinge nicht auf einen schlechten Moment warten müssen.</translation>
    </message>
    <message>
        <source>Either of us can ask for a pause in a difficult conversation. We say when we will come back to it, and we do.</source>
        <translation>Jeder von uns kann in einem schwierigen Gespräch um eine Pause bitten. Wir sagen, wann wir darauf zurückkommen, und tun es dann auch.</translation>
    </message>
    <message>
        <source>A pause is a way of caring for the conversation, not of ending it.</source>
        <translation>Eine Pause ist eine Art, für das Gespräch zu sorgen, nicht es zu beenden.</translation>
    </message>
    <message>
        <source>In our check-ins we talk about how we feel now and what we need next, one of us speaking at a time.</source>
        <translation>In unseren Check-ins sprechen wir darüber, wie es uns jetzt geht und was wir als Nächstes brauchen, und es spricht immer nur einer.</translation>
    </message>
    <message>
        <source>Looking forward gives us something to build.</source>
        <translation>Der Blick nach vorn gibt uns etwas, worauf wir aufbauen können.</translation>
    </message>
    <message>
        <source>We do not use name-calling, threats or the silent treatment, even when we are hurt.</source>
        <translation>Wir beschimpfen einander nicht, drohen nicht und strafen nicht mit Schweigen, auch wenn wir verletzt sind.</translation>
    </message>
    <message>
        <source>Each of us needs to feel safe enough to be honest.</source>
        <translation>Jeder von uns muss sich sicher genug fühlen, um ehrlich zu sein.</translation>
    </message>
    <message>
        <source>Intimacy, pace and consent</source>
        <translation>Intimität, Tempo und Einvernehmen</translation>
    </message>
    <message>
        <source>Closeness comes back at its own pace. These can be shaped carefully around what each of you needs.</source>
        <translation>Nähe kommt in ihrem eigenen Tempo zurück. Diese Punkte lassen sich behutsam an das anpassen, was jeder von euch braucht.</translation>
    </message>
    <message>
        <source>We go at the pace of whichever of us needs to go slower, and no one is asked to explain a no.</source>
        <translation>Wir gehen im Tempo dessen, der langsamer gehen möchte, und niemand muss ein Nein erklären.</translation>
    </message>
    <message>
        <source>Feeling free to say no is what makes a yes mean something.</source>
        <translation>Erst die Freiheit, Nein zu sagen, gibt einem Ja seine Bedeutung.</translation>
    </message>
    <message>
        <source>We ask before touching in new or sexual ways, and we check in along the way.</source>
        <translation>Wir fragen, bevor wir uns auf neue oder sexuelle Weise berühren, und fragen auch unterwegs nach.</translation>
    </message>
    <message>
        <source>Asking keeps both of us present and safe.</source>
        <translation>Fragen hält uns beide präsent und sicher.</translation>
    </message>
    <message>
        <source>Either of us can stop at any moment, with a word or a sign we have agreed on, and the other stops without pressure or sulking.</source>
        <translation>Jeder von uns kann jederzeit aufhören, mit einem Wort oder Zeichen, das wir vereinbart haben, und der andere hört auf, ohne Druck und ohne zu schmollen.</translation>
    </message>
    <message>
        <source>Stopping is always allowed; it is not a rejection of the person.</source>
        <translation>Aufhören ist immer erlaubt; es ist keine Zurückweisung der Person.</translation>
    </message>
    <message>
        <source>When something brings back a painful memory, we pause, and the one affected chooses what helps: space, a hand to hold, or talking.</source>
        <translation>Wenn etwas eine schmerzhafte Erinnerung zurückbringt, halten wir inne, und wer betroffen ist, wählt, was hilft: Raum, eine Hand zum Halten oder Reden.</translation>
    </message>
    <message>
        <source>The one who is hurting knows best what they need in that moment.</source>
        <translation>Wer gerade leidet, weiß am besten, was in diesem Moment gebraucht wird.</translation>
    </message>
    <message>
        <source>We make room for closeness that is not sexual: sitting together, walks, holding hands.</source>
        <translation>Wir schaffen Raum für Nähe, die nicht sexuell ist: zusammen sitzen, spazieren gehen, Händchen halten.</translation>
    </message>
    <message>
        <source>Warmth without expectation helps trust grow.</source>
        <translation>Wärme ohne Erwartung lässt Vertrauen wachsen.</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation>Sexuelle Gesundheit</translation>
    </message>
    <message>
        <source>Looking after each other&apos;s health is part of caring for each other.</source>
        <translation>Auf die Gesundheit des anderen zu achten, gehört dazu, füreinander zu sorgen.</translation>
    </message>
    <message>
        <source>We both get tested for sexually transmitted infections, and share the results with each other.</source>
        <translation>Wir lassen uns beide auf sexuell übertragbare Infektionen testen und teilen die Ergebnisse miteinander.</translation>
    </message>
    <message>
        <source>It takes away a worry and shows care for the other&apos;s body.</source>
        <translation>Es nimmt eine Sorge und zeigt Fürsorge für den Körper des anderen.</translation>
    </message>
    <message>
        <source>We use protection until we have both been tested and agree that we no longer need it.</source>
        <translation>Wir verhüten mit Kondom, bis wir beide getestet sind und uns einig sind, dass wir es nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>A shared decision, made with full information.</source>
        <translation>Eine gemeinsame Entscheidung, getroffen mit allen Informationen.</translation>
    </message>
    <message>
        <source>Support and therapy</source>
        <translation>Unterstützung und Therapie</translation>
    </message>
    <message>
        <source>Neither of you has to carry this alone.</source>
        <translation>Keiner von euch muss das allein tragen.</translation>
    </message>
    <message>
        <source>We see a couples therapist together, and we go even when we would rather not.</source>
        <translation>Wir gehen gemeinsam zur Paartherapie, auch dann, wenn wir eigentlich keine Lust dazu haben.</translation>
    </message>
    <message>
        <source>Someone outside the two of us helps us hear each other.</source>
        <translation>Jemand außerhalb von uns beiden hilft uns, einander zu hören.</translation>
    </message>
    <message>
        <source>Each of us is free to have our own therapist or support, and what we say there stays ours.</source>
        <translation>Jeder von uns darf eine eigene Therapie oder Unterstützung haben, und was wir dort sagen, bleibt bei uns.</translation>
    </message>
    <message>
        <source>Each of us needs a place of our own to heal.</source>
        <translation>Jeder von uns braucht einen eigenen Ort, um zu heilen.</translation>
    </message>
    <message>
        <source>We agree together whom we tell about what happened, and each of us may have one trusted person to talk to.</source>
        <translation>Wir entscheiden gemeinsam, wem wir erzählen, was passiert ist, und jeder von uns darf eine Vertrauensperson haben, mit der er reden kann.</translation>
    </message>
    <message>
        <source>Support matters; so does privacy about our story.</source>
        <translation>Unterstützung ist wichtig; genauso die Privatsphäre unserer Geschichte.</translation>
    </message>
    <message>
        <source>What we do if a boundary is crossed</source>
        <translation>Was wir tun, wenn eine Grenze überschritten wird</translation>
    </message>
    <message>
        <source>Plan for a hard moment while things are calm.</source>
        <translation>Plant für einen schweren Moment, solange alles ruhig ist.</translation>
    </message>
    <message>
        <source>If one of us crosses a boundary, we tell the other ourselves, as soon as we can.</source>
        <translation>Wenn einer von uns eine Grenze überschreitet, sagen wir es dem anderen selbst, so bald wir können.</translation>
    </message>
    <message>
        <source>Being told, rather than finding out, keeps trust possible.</source>
        <translation>Es gesagt zu bekommen, statt es herauszufinden, hält Vertrauen möglich.</translation>
    </message>
    <message>
        <source>The one who was hurt may take time and space before we talk about it, and says roughly how long.</source>
        <translation>Wer verletzt wurde, darf sich Zeit und Raum nehmen, bevor wir darüber reden, und sagt ungefähr, wie lange.</translation>
    </message>
    <message>
        <source>Time to steady yourself makes a better conversation.</source>
        <translation>Zeit, um wieder Halt zu finden, macht das Gespräch besser.</translation>
    </message>
    <message>
        <source>We talk about what happened with our therapist, and decide together what, if anything, changes in this agreement.</source>
        <translation>Wir sprechen mit unserer Therapeutin oder unserem Therapeuten über das, was passiert ist, und entscheiden gemeinsam, ob und was sich an dieser Vereinbarung ändert.</translation>
    </message>
    <message>
        <source>A slip is something to work through together, not a verdict.</source>
        <translation>Ein Ausrutscher ist etwas, das wir gemeinsam durcharbeiten, kein Urteil.</translation>
    </message>
    <message>
        <source>When we review this</source>
        <translation>Wann wir das überprüfen</translation>
    </message>
    <message>
        <source>An agreement that can change is easier to keep.</source>
        <translation>Eine Vereinbarung, die sich ändern darf, lässt sich leichter halten.</translation>
    </message>
    <message>
        <source>We look at this agreement together at least every three months, and sooner if either of us asks.</source>
        <translation>Wir sehen uns diese Vereinbarung mindestens alle drei Monate gemeinsam an, und früher, wenn einer von uns darum bittet.</translation>
    </message>
    <message>
        <source>What we need now may not be what we need later.</source>
        <translation>Was wir jetzt brauchen, ist vielleicht nicht das, was wir später brauchen.</translation>
    </message>
    <message>
        <source>Any of these boundaries can change, but only when we both agree to the new version.</source>
        <translation>Jede dieser Grenzen kann sich ändern, aber nur, wenn wir beide der neuen Version zustimmen.</translation>
    </message>
    <message>
        <source>Neither of us changes the rules alone.</source>
        <translation>Keiner von uns ändert die Regeln allein.</translation>
    </message>
    <message>
        <source>When we review, we also notice what has become easier.</source>
        <translation>Wenn wir sie überprüfen, achten wir auch darauf, was leichter geworden ist.</translation>
    </message>
    <message>
        <source>Seeing how far we have come gives us strength for what is still hard.</source>
        <translation>Zu sehen, wie weit wir gekommen sind, gibt uns Kraft für das, was noch schwer ist.</translation>
    </message>
</context>
<context>
    <name>Data: check-in prompts</name>
    <message>
        <source>Settle in for a few minutes together. This is a calm look at how each of you is now, and at what comes next.</source>
        <translation>Nehmt euch ein paar Minuten gemeinsam Zeit und kommt an. Das ist ein ruhiger Blick darauf, wie es jedem von euch jetzt geht und was als Nächstes kommt.</translation>
    </message>
    <message>
        <source>We talk about now and next, not about what happened before.</source>
        <translation>Wir reden über das Jetzt und das Nächste, nicht über das, was früher passiert ist.</translation>
    </message>
    <message>
        <source>One of us speaks at a time; the other listens to understand, not to answer back.</source>
        <translation>Es spricht immer nur einer von uns; der andere hört zu, um zu verstehen, nicht um zu widersprechen.</translation>
    </message>
    <message>
        <source>Every question can be skipped, and either of us can pause at any moment. Pausing keeps everything.</source>
        <translation>Jede Frage kann übersprungen werden, und jeder von uns kann jederzeit pausieren. Beim Pausieren bleibt alles erhalten.</translation>
    </message>
    <message>
        <source>Where are you today, from 0 to 10? There are no right numbers. You can skip any of them, or choose “rather not say”.</source>
        <translation>Wo stehst du heute, von 0 bis 10? Es gibt keine richtigen Zahlen. Du kannst jede überspringen oder „lieber nicht sagen“ wählen.</translation>
    </message>
    <message>
        <source>How safe and at ease do I feel with us right now?</source>
        <translation>Wie sicher und wohl fühle ich mich gerade mit uns?</translation>
    </message>
    <message>
        <source>How much do I long for physical closeness right now?</source>
        <translation>Wie sehr sehne ich mich gerade nach körperlicher Nähe?</translation>
    </message>
    <message>
        <source>How connected do I feel to you these days?</source>
        <translation>Wie verbunden fühle ich mich dir in letzter Zeit?</translation>
    </message>
    <message>
        <source>How much can I lean on us right now?</source>
        <translation>Wie sehr kann ich mich gerade auf uns stützen?</translation>
    </message>
    <message>
        <source>An effort of yours I noticed</source>
        <translation>Eine Bemühung von dir, die mir aufgefallen ist</translation>
    </message>
    <message>
        <source>Something small counts too: a message, a kept promise, a moment of patience.</source>
        <translation>Auch etwas Kleines zählt: eine Nachricht, ein gehaltenes Versprechen, ein Moment der Geduld.</translation>
    </message>
    <message>
        <source>An effort I noticed</source>
        <translation>Eine Bemühung, die mir aufgefallen ist</translation>
    </message>
    <message>
        <source>Yours or someone else&apos;s: something small counts too.</source>
        <translation>Deine oder die von jemand anderem: Auch etwas Kleines zählt.</translation>
    </message>
    <message>
        <source>Looking at us as we are now.</source>
        <translation>Ein Blick auf uns, so wie wir jetzt sind.</translation>
    </message>
    <message>
        <source>What feels good between us right now?</source>
        <translation>Was tut uns gerade gut?</translation>
    </message>
    <message>
        <source>A habit, a moment, a way we speak to each other.</source>
        <translation>Eine Gewohnheit, ein Moment, eine Art, wie wir miteinander sprechen.</translation>
    </message>
    <message>
        <source>What would I like more of in the coming weeks?</source>
        <translation>Wovon hätte ich in den kommenden Wochen gern mehr?</translation>
    </message>
    <message>
        <source>Say it as a wish, in your own words.</source>
        <translation>Sag es als Wunsch, in deinen eigenen Worten.</translation>
    </message>
    <message>
        <source>One small step that would help me feel closer</source>
        <translation>Ein kleiner Schritt, der mir helfen würde, mich näher zu fühlen</translation>
    </message>
    <message>
        <source>Something either of us could try before we next sit down.</source>
        <translation>Etwas, das einer von uns ausprobieren könnte, bevor wir uns das nächste Mal zusammensetzen.</translation>
    </message>
    <message>
        <source>These agreements asked to be looked at again. For each one: keep it as it is, or revisit it together. Revisiting starts a new proposal in the agreement; nothing changes until you both agree.</source>
        <translation>Diese Vereinbarungen wollten noch einmal angesehen werden. Für jede gilt: so lassen oder gemeinsam neu ansehen. Neu ansehen beginnt einen neuen Vorschlag in der Vereinbarung; nichts ändert sich, bis ihr beide zustimmt.</translation>
    </message>
    <message>
        <source>What I need this week</source>
        <translation>Was ich diese Woche brauche</translation>
    </message>
    <message>
        <source>Time, space, reassurance, help with something — whatever is true for you now.</source>
        <translation>Zeit, Raum, Zuspruch, Hilfe bei etwas – was auch immer gerade für dich stimmt.</translation>
    </message>
</context>
<context>
    <name>Data: desires</name>
    <message>
        <source>Touch and closeness</source>
        <translation>Berührung und Nähe</translation>
    </message>
    <message>
        <source>Holding hands when we are out together</source>
        <translation>Händchen halten, wenn wir zusammen unterwegs sind</translation>
    </message>
    <message>
        <source>A long hug, just to hold each other</source>
        <translation>Eine lange Umarmung, einfach um einander zu halten</translation>
    </message>
    <message>
        <source>Lying close on the sofa without anything more</source>
        <translation>Eng aneinander auf dem Sofa liegen, ohne dass mehr passiert</translation>
    </message>
    <message>
        <source>Giving or getting a massage with clothes on</source>
        <translation>Eine Massage geben oder bekommen, angezogen</translation>
    </message>
    <message>
        <source>Stroking each other&apos;s hair or face</source>
        <translation>Einander über Haar oder Gesicht streicheln</translation>
    </message>
    <message>
        <source>Falling asleep touching each other</source>
        <translation>Einschlafen, während wir uns berühren</translation>
    </message>
    <message>
        <source>Slow kissing, with no need for it to lead anywhere</source>
        <translation>Langsames Küssen, das zu nichts führen muss</translation>
    </message>
    <message>
        <source>A bath or shower together</source>
        <translation>Ein gemeinsames Bad oder eine gemeinsame Dusche</translation>
    </message>
    <message>
        <source>Words and flirting</source>
        <translation>Worte und Flirten</translation>
    </message>
    <message>
        <source>Telling each other what we find attractive</source>
        <translation>Einander sagen, was wir anziehend finden</translation>
    </message>
    <message>
        <source>Flirty messages during the day</source>
        <translation>Flirtende Nachrichten während des Tages</translation>
    </message>
    <message>
        <source>Little notes left for the other to find</source>
        <translation>Kleine Zettel, die der andere finden soll</translation>
    </message>
    <message>
        <source>Saying out loud what we would like, in the moment</source>
        <translation>Im Moment laut sagen, was wir uns wünschen</translation>
    </message>
    <message>
        <source>Talking afterwards about what felt good</source>
        <translation>Danach darüber reden, was sich gut angefühlt hat</translation>
    </message>
    <message>
        <source>Playful teasing that builds anticipation</source>
        <translation>Verspieltes Necken, das die Vorfreude steigert</translation>
    </message>
    <message>
        <source>Settings and time</source>
        <translation>Rahmen und Zeit</translation>
    </message>
    <message>
        <source>A regular date night, planned together</source>
        <translation>Ein regelmäßiger Date-Abend, gemeinsam geplant</translation>
    </message>
    <message>
        <source>Being close in the morning</source>
        <translation>Morgens nah beieinander sein</translation>
    </message>
    <message>
        <source>An evening with no phones and no hurry</source>
        <translation>Ein Abend ohne Handys und ohne Eile</translation>
    </message>
    <message>
        <source>A night away, just the two of us</source>
        <translation>Eine Nacht weg, nur wir zwei</translation>
    </message>
    <message>
        <source>Lights on, so we can see each other</source>
        <translation>Licht an, damit wir einander sehen</translation>
    </message>
    <message>
        <source>Candles, music, a room made cosy for us</source>
        <translation>Kerzen, Musik, ein Zimmer, das wir uns gemütlich gemacht haben</translation>
    </message>
    <message>
        <source>Being intimate somewhere other than the bedroom</source>
        <translation>Intim sein an einem anderen Ort als im Schlafzimmer</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Touching each other intimately with our hands</source>
        <translation>Einander mit den Händen intim berühren</translation>
    </message>
    <message>
        <source>Oral sex, giving</source>
        <translation>Oralsex geben</translation>
    </message>
    <message>
        <source>Oral sex, receiving</source>
        <translation>Oralsex bekommen</translation>
    </message>
    <message>
        <source>Intercourse</source>
        <translation>Geschlechtsverkehr</translation>
    </message>
    <message>
        <source>Slow sex where nothing has to be reached</source>
        <translation>Langsamer Sex, bei dem nichts erreicht werden muss</translation>
    </message>
    <message>
        <source>Something quick and spontaneous</source>
        <translation>Etwas Schnelles und Spontanes</translation>
    </message>
    <message>
        <source>Trying a position we have not tried before</source>
        <translation>Eine Stellung ausprobieren, die wir noch nicht ausprobiert haben</translation>
    </message>
    <message>
        <source>Pleasuring ourselves side by side</source>
        <translation>Uns nebeneinander selbst befriedigen</translation>
    </message>
    <message>
        <source>Using a toy together</source>
        <translation>Gemeinsam ein Toy benutzen</translation>
    </message>
    <message>
        <source>One of us taking the lead for an evening</source>
        <translation>Einer von uns übernimmt für einen Abend die Führung</translation>
    </message>
    <message>
        <source>Fantasies and play</source>
        <translation>Fantasien und Spiel</translation>
    </message>
    <message>
        <source>Telling each other a fantasy, just as words</source>
        <translation>Einander eine Fantasie erzählen, nur als Worte</translation>
    </message>
    <message>
        <source>Dressing up for each other</source>
        <translation>Sich füreinander verkleiden</translation>
    </message>
    <message>
        <source>A little role play</source>
        <translation>Ein kleines Rollenspiel</translation>
    </message>
    <message>
        <source>A blindfold, with the one wearing it in charge of stopping</source>
        <translation>Eine Augenbinde, wobei die Person, die sie trägt, über das Aufhören entscheidet</translation>
    </message>
    <message>
        <source>Gently holding the other&apos;s wrists down</source>
        <translation>Die Handgelenke des anderen sanft festhalten</translation>
    </message>
    <message>
        <source>Reading or watching something erotic together</source>
        <translation>Gemeinsam etwas Erotisches lesen oder ansehen</translation>
    </message>
    <message>
        <source>Intimate photos kept only for each other</source>
        <translation>Intime Fotos, die nur für uns bleiben</translation>
    </message>
    <message>
        <source>Sexual health and protection</source>
        <translation>Sexuelle Gesundheit und Schutz</translation>
    </message>
    <message>
        <source>Getting tested together and sharing the results</source>
        <translation>Uns gemeinsam testen lassen und die Ergebnisse teilen</translation>
    </message>
    <message>
        <source>Using condoms for now</source>
        <translation>Vorerst Kondome benutzen</translation>
    </message>
    <message>
        <source>Talking about contraception and who takes care of it</source>
        <translation>Über Verhütung reden und darüber, wer sich darum kümmert</translation>
    </message>
    <message>
        <source>Talking openly about pain or discomfort, and stopping for it</source>
        <translation>Offen über Schmerzen oder Unbehagen reden und dann aufhören</translation>
    </message>
    <message>
        <source>Using lubricant to make things more comfortable</source>
        <translation>Gleitgel benutzen, damit es angenehmer wird</translation>
    </message>
    <message>
        <source>Seeing a doctor or therapist together about our sex life</source>
        <translation>Gemeinsam wegen unseres Sexlebens zu einer Ärztin, einem Arzt oder in Therapie gehen</translation>
    </message>
</context>
<context>
    <name>Data: steps</name>
    <message>
        <source>Steps at our own pace</source>
        <translation>Schritte in unserem eigenen Tempo</translation>
    </message>
    <message>
        <source>A gentle ladder inspired by sensate focus. We go at the pace of whichever of us needs to go slower, and either of us can step back at any time.</source>
        <translation>Eine behutsame Leiter, angelehnt an Sensate Focus. Wir gehen im Tempo dessen, der langsamer gehen möchte, und jeder von uns kann jederzeit einen Schritt zurückgehen.</translation>
    </message>
    <message>
        <source>Close, with clothes on</source>
        <translation>Nah beieinander, angezogen</translation>
    </message>
    <message>
        <source>Sit or lie close for twenty minutes, clothes on. Hold hands, lean on each other, stroke an arm or a back.</source>
        <translation>Sitzt oder liegt zwanzig Minuten nah beieinander, angezogen. Haltet Händchen, lehnt euch aneinander, streichelt einen Arm oder einen Rücken.</translation>
    </message>
    <message>
        <source>Touching breasts or genitals, undressing, and anything that is meant to lead further.</source>
        <translation>Brüste oder Genitalien berühren, sich ausziehen und alles, was zu mehr führen soll.</translation>
    </message>
    <message>
        <source>What did it feel like to be close without anything more being expected?</source>
        <translation>Wie hat es sich angefühlt, nah zu sein, ohne dass mehr erwartet wurde?</translation>
    </message>
    <message>
        <source>Taking turns to touch</source>
        <translation>Abwechselnd berühren</translation>
    </message>
    <message>
        <source>One of you touches, the other receives, then you swap. Notice temperature, texture, pressure. The one receiving says if anything feels uncomfortable.</source>
        <translation>Eine oder einer von euch berührt, die andere Person empfängt, dann tauscht ihr. Achtet auf Wärme, Beschaffenheit, Druck. Wer empfängt, sagt, wenn sich etwas unangenehm anfühlt.</translation>
    </message>
    <message>
        <source>Breasts and genitals, and any goal such as arousal. Clothes can stay on or come partly off, as the slower of you prefers.</source>
        <translation>Brüste und Genitalien sowie jedes Ziel wie Erregung. Die Kleidung kann anbleiben oder teilweise ausgezogen werden, wie es die oder der Langsamere von euch möchte.</translation>
    </message>
    <message>
        <source>What did you notice in your body while touching, and while being touched?</source>
        <translation>Was hast du in deinem Körper bemerkt, während du berührt hast und während du berührt wurdest?</translation>
    </message>
    <message>
        <source>Touch without a goal</source>
        <translation>Berührung ohne Ziel</translation>
    </message>
    <message>
        <source>Take turns touching the whole body, without clothes if you both like, simply for the feeling. Guide each other&apos;s hand to show what feels good.</source>
        <translation>Berührt euch abwechselnd am ganzen Körper, ohne Kleidung, wenn ihr beide mögt, einfach um des Gefühls willen. Führt einander die Hand, um zu zeigen, was sich gut anfühlt.</translation>
    </message>
    <message>
        <source>Touching breasts and genitals, orgasm and intercourse. If arousal comes, let it come and go.</source>
        <translation>Brüste und Genitalien berühren, Orgasmus und Geschlechtsverkehr. Wenn Erregung kommt, lasst sie kommen und gehen.</translation>
    </message>
    <message>
        <source>Was there a moment that felt especially safe, or one where you wanted to pause?</source>
        <translation>Gab es einen Moment, der sich besonders sicher angefühlt hat, oder einen, in dem du innehalten wolltest?</translation>
    </message>
    <message>
        <source>Including intimate touch</source>
        <translation>Mit intimer Berührung</translation>
    </message>
    <message>
        <source>Touch now includes breasts and genitals, still in turns and still without a goal. Keep talking, or use a signal you both know.</source>
        <translation>Die Berührung schließt jetzt Brüste und Genitalien ein, weiterhin abwechselnd und weiterhin ohne Ziel. Redet weiter miteinander oder nutzt ein Zeichen, das ihr beide kennt.</translation>
    </message>
    <message>
        <source>Intercourse and pressing for orgasm. Either of you can stop at any moment.</source>
        <translation>Geschlechtsverkehr und das Hinarbeiten auf einen Orgasmus. Jeder von euch kann jederzeit aufhören.</translation>
    </message>
    <message>
        <source>What helped you stay present? What would you like the other to know?</source>
        <translation>Was hat dir geholfen, präsent zu bleiben? Was soll die andere Person wissen?</translation>
    </message>
    <message>
        <source>Touching together</source>
        <translation>Gemeinsam berühren</translation>
    </message>
    <message>
        <source>Touch each other at the same time, intimately if you both like. Pleasure is welcome, with no need to reach anything.</source>
        <translation>Berührt euch gleichzeitig, intim, wenn ihr beide mögt. Lust ist willkommen, ohne dass etwas erreicht werden muss.</translation>
    </message>
    <message>
        <source>Intercourse, unless you have both said yes to the next step.</source>
        <translation>Geschlechtsverkehr, es sei denn, ihr habt beide Ja zum nächsten Schritt gesagt.</translation>
    </message>
    <message>
        <source>How was it to give and receive at once?</source>
        <translation>Wie war es, gleichzeitig zu geben und zu empfangen?</translation>
    </message>
    <message>
        <source>Shared intimacy</source>
        <translation>Geteilte Intimität</translation>
    </message>
    <message>
        <source>Sex in whatever form you have both said yes to, at your shared pace, with room to slow down or stop.</source>
        <translation>Sex in jeder Form, zu der ihr beide Ja gesagt habt, in eurem gemeinsamen Tempo, mit Raum, langsamer zu werden oder aufzuhören.</translation>
    </message>
    <message>
        <source>Anything either of you has not said yes to. A stop is always respected at once.</source>
        <translation>Alles, wozu einer von euch nicht Ja gesagt hat. Ein Stopp wird immer sofort respektiert.</translation>
    </message>
    <message>
        <source>What felt good, and what would you like to keep for next time?</source>
        <translation>Was hat sich gut angefühlt, und was möchtest du für das nächste Mal behalten?</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>ddd d MMMM</source>
        <translation>ddd d. MMMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
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
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <translation>ddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo — sample data, deleted when you close TrustDesk</source>
        <translation>Demo — Beispieldaten, werden beim Schließen von TrustDesk gelöscht</translation>
    </message>
    <message>
        <source>{name}’s password: {password}</source>
        <translation>Passwort von {name}: {password}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Rosé</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Bernstein</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Custom colour</source>
        <translation>Eigene Farbe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>That is not your current password. Check Caps Lock and try again. If it is forgotten, lock TrustDesk and choose “Forgot my password” to use your recovery code.</source>
        <translation>Das ist nicht dein aktuelles Passwort. Prüfe die Feststelltaste und versuch es noch einmal. Wenn du es vergessen hast, sperre TrustDesk und wähle „Passwort vergessen“, um deinen Wiederherstellungscode zu verwenden.</translation>
    </message>
    <message>
        <source>That is the password you have now. Please choose a new one.</source>
        <translation>Das ist das Passwort, das du jetzt hast. Bitte wähle ein neues.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source> Older backups were re-protected too: they open with your new password or your recovery code.</source>
        <translation> Ältere Sicherungen wurden ebenfalls neu geschützt: Sie öffnen sich mit deinem neuen Passwort oder deinem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source> Older backups were removed, and a fresh one was made.</source>
        <translation> Ältere Sicherungen wurden entfernt, und eine neue wurde erstellt.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Your new password works from now on; your old password opens nothing any more.</source>
        <translation>Dein neues Passwort gilt ab jetzt; dein altes Passwort öffnet nichts mehr.</translation>
    </message>
    <message>
        <source> Your recovery code needs renewing: the one from before could not take the new keys. Vault → New recovery code… makes a new one to print or keep.</source>
        <translation> Dein Wiederherstellungscode muss erneuert werden: Der bisherige konnte die neuen Schlüssel nicht übernehmen. Tresor → Neuer Wiederherstellungscode… erstellt einen neuen zum Drucken oder Aufbewahren.</translation>
    </message>
    <message>
        <source> Your recovery code has not changed; if someone may have seen it too, Vault → New recovery code makes a new one.</source>
        <translation> Dein Wiederherstellungscode hat sich nicht geändert; falls jemand auch ihn gesehen haben könnte, erstellt Tresor → Neuer Wiederherstellungscode einen neuen.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Neuen Code erstellen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Partner removed</source>
        <translation>Partner entfernt</translation>
    </message>
    <message>
        <source>{name} can no longer open this vault. The shared space is whole, and it has a new key: keys they may have kept open nothing written from now on, and older backups were re-protected too.</source>
        <translation>{name} kann diesen Tresor nicht mehr öffnen. Der gemeinsame Raum ist vollständig erhalten und hat einen neuen Schlüssel: Schlüssel, die {name} vielleicht behalten hat, öffnen nichts, was ab jetzt geschrieben wird, und ältere Sicherungen wurden ebenfalls neu geschützt.</translation>
    </message>
    <message>
        <source>partners hold different shared keys</source>
        <translation>die Partner haben unterschiedliche gemeinsame Schlüssel</translation>
    </message>
    <message>
        <source>Invite your partner</source>
        <translation>Lade deinen Partner ein</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Deine Farbe</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Dein Passwort</translation>
    </message>
    <message>
        <source>Join this vault</source>
        <translation>Diesem Tresor beitreten</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Bitte gib einen Namen ein.</translation>
    </message>
    <message>
        <source>That name is already taken here. An initial or a nickname tells you apart.</source>
        <translation>Dieser Name ist hier schon vergeben. Ein Anfangsbuchstabe oder ein Spitzname hilft, euch zu unterscheiden.</translation>
    </message>
    <message>
        <source>{name}, this is your recovery code</source>
        <translation>{name}, das ist dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>That is {name}&apos;s password, and {name} is already signed in.</source>
        <translation>Das ist das Passwort von {name}, und {name} ist bereits angemeldet.</translation>
    </message>
    <message>
        <source>That password did not sign {name} in. Check Caps Lock and try again.</source>
        <translation>Mit diesem Passwort konnte {name} nicht angemeldet werden. Prüfe die Feststelltaste und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>dein Partner</translation>
    </message>
    <message>
        <source>Sign in as {name}</source>
        <translation>Als {name} anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Leave this vault</source>
        <translation>Diesen Tresor verlassen</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s password. Only your own password lets you leave.</source>
        <translation>Das ist nicht das Passwort von {name}. Nur dein eigenes Passwort erlaubt dir zu gehen.</translation>
    </message>
    <message>
        <source>Leaving… this can take a little while.</source>
        <translation>Du verlässt den Tresor… das kann einen Moment dauern.</translation>
    </message>
    <message>
        <source>You have left this vault</source>
        <translation>Du hast diesen Tresor verlassen</translation>
    </message>
    <message>
        <source>Your password no longer opens it. The shared space stays for your partner.</source>
        <translation>Dein Passwort öffnet ihn nicht mehr. Der gemeinsame Raum bleibt für deinen Partner erhalten.</translation>
    </message>
    <message>
        <source>That password did not match. Check Caps Lock and try again.</source>
        <translation>Dieses Passwort hat nicht gepasst. Prüfe die Feststelltaste und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Remove {name}…</source>
        <translation>{name} entfernen…</translation>
    </message>
    <message>
        <source> — signed in</source>
        <translation> — angemeldet</translation>
    </message>
    <message>
        <source>here since {day}</source>
        <translation>hier seit {day}</translation>
    </message>
    <message>
        <source>Renew the shared key</source>
        <translation>Den gemeinsamen Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Dein neuer Wiederherstellungscode</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Markdown, in one file</source>
        <translation>Markdown, in einer Datei</translation>
    </message>
    <message>
        <source>Easy to read and print.</source>
        <translation>Leicht zu lesen und zu drucken.</translation>
    </message>
    <message>
        <source>Markdown, one file per entry</source>
        <translation>Markdown, eine Datei pro Eintrag</translation>
    </message>
    <message>
        <source>In a new, empty folder.</source>
        <translation>In einem neuen, leeren Ordner.</translation>
    </message>
    <message>
        <source>JSON (the jrnl format)</source>
        <translation>JSON (das jrnl-Format)</translation>
    </message>
    <message>
        <source>For other journal apps; TrustDesk reads it back.</source>
        <translation>Für andere Tagebuch-Apps; TrustDesk kann es wieder einlesen.</translation>
    </message>
    <message>
        <source>Encrypted backup copy of the whole vault</source>
        <translation>Verschlüsselte Sicherungskopie des ganzen Tresors</translation>
    </message>
    <message>
        <source>Opens only with a partner&apos;s password or recovery code. Good for a USB stick.</source>
        <translation>Öffnet sich nur mit dem Passwort oder Wiederherstellungscode eines Partners. Gut für einen USB-Stick.</translation>
    </message>
    <message>
        <source>Markdown and JSON copies are not encrypted. You will be asked to confirm.</source>
        <translation>Markdown- und JSON-Kopien sind nicht verschlüsselt. Du wirst um eine Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>Hard moments</name>
    <message>
        <source>Your plan is private. It is saved as you write. You can share a copy with your partner, and take it back at any time.</source>
        <translation>Dein Plan ist privat. Er wird gespeichert, während du schreibst. Du kannst eine Kopie mit deinem Partner teilen und sie jederzeit zurücknehmen.</translation>
    </message>
    <message>
        <source>Share with my partner</source>
        <translation>Mit meinem Partner teilen</translation>
    </message>
    <message>
        <source>Your trigger plan</source>
        <translation>Dein Plan für schwere Momente</translation>
    </message>
    <message>
        <source>Your partner can see it once they join and you share it.</source>
        <translation>Dein Partner kann ihn sehen, sobald er dazukommt und du ihn teilst.</translation>
    </message>
    <message>
        <source>Your partner can read a copy of this plan; changes reach it as you write.</source>
        <translation>Dein Partner kann eine Kopie dieses Plans lesen; Änderungen kommen an, während du schreibst.</translation>
    </message>
    <message>
        <source>Only you can see this plan.</source>
        <translation>Nur du kannst diesen Plan sehen.</translation>
    </message>
    <message>
        <source>Take my plan back</source>
        <translation>Meinen Plan zurücknehmen</translation>
    </message>
    <message>
        <source>People who help me</source>
        <translation>Menschen, die mir helfen</translation>
    </message>
    <message>
        <source>Name — how to reach them — when I might call</source>
        <translation>Name — wie ich sie erreiche — wann ich anrufen würde</translation>
    </message>
    <message>
        <source>Some hard days can be seen coming: a trip, the anniversary of the discovery, a family event. List one with what you will do to reassure, or leave that for your partner to say. Home mentions it gently the day before.</source>
        <translation>Manche schweren Tage sieht man kommen: eine Reise, der Jahrestag der Entdeckung, ein Familienfest. Trag einen ein und schreib dazu, was du tun wirst, um deinem Partner Sicherheit zu geben – oder überlass das deinem Partner. Die Startseite erinnert am Vortag behutsam daran.</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Der Tag</translation>
    </message>
    <message>
        <source>e.g. my work trip to the coast</source>
        <translation>z. B. meine Dienstreise an die Küste</translation>
    </message>
    <message>
        <source>What the day is</source>
        <translation>Was für ein Tag es ist</translation>
    </message>
    <message>
        <source>e.g. I will call you each evening at nine</source>
        <translation>z. B. ich rufe dich jeden Abend um neun an</translation>
    </message>
    <message>
        <source>What I will do to reassure</source>
        <translation>Was ich tue, um dir Sicherheit zu geben</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>Add this day</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>No hard days listed ahead.</source>
        <translation>Keine schweren Tage eingetragen.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Signs I am triggered</source>
        <translation>Zeichen, dass ich getriggert bin</translation>
    </message>
    <message>
        <source>What you might notice in me, or I notice in myself</source>
        <translation>Was du an mir bemerken könntest oder ich an mir selbst bemerke</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Was hilft</translation>
    </message>
    <message>
        <source>What helps me come back to now</source>
        <translation>Was mir hilft, ins Jetzt zurückzukommen</translation>
    </message>
    <message>
        <source>What does not help</source>
        <translation>Was nicht hilft</translation>
    </message>
    <message>
        <source>What makes it harder, even when meant kindly</source>
        <translation>Was es schwerer macht, auch wenn es lieb gemeint ist</translation>
    </message>
    <message>
        <source>Words I need to hear</source>
        <translation>Worte, die ich hören muss</translation>
    </message>
    <message>
        <source>The words that reach me in a hard moment</source>
        <translation>Die Worte, die mich in einem schweren Moment erreichen</translation>
    </message>
    <message>
        <source>What I will do for myself</source>
        <translation>Was ich für mich selbst tun werde</translation>
    </message>
    <message>
        <source>How I take care of myself meanwhile</source>
        <translation>Wie ich in der Zwischenzeit für mich sorge</translation>
    </message>
    <message>
        <source>Friends, family, a therapist, a local support service: names and how you reach them. Only you can see this card.</source>
        <translation>Freunde, Familie, eine Therapeutin oder ein Therapeut, eine Beratungsstelle vor Ort: Namen und wie du sie erreichst. Nur du kannst diese Karte sehen.</translation>
    </message>
    <message>
        <source>Put both feet on the floor. Feel where your body is held up by the chair or the ground.</source>
        <translation>Stell beide Füße auf den Boden. Spür, wo dein Körper vom Stuhl oder vom Boden getragen wird.</translation>
    </message>
    <message>
        <source>Breathe in slowly for four counts, hold for a moment, breathe out for six.</source>
        <translation>Atme langsam ein und zähl dabei bis vier, halte kurz inne, atme aus und zähl bis sechs.</translation>
    </message>
    <message>
        <source>Name five things you can see, four you can touch, three you can hear.</source>
        <translation>Nenne fünf Dinge, die du sehen kannst, vier, die du berühren kannst, drei, die du hören kannst.</translation>
    </message>
    <message>
        <source>Say to yourself: this is a hard moment, and it is now. It will pass.</source>
        <translation>Sag dir: Das ist ein schwerer Moment, und er ist jetzt. Er geht vorüber.</translation>
    </message>
    <message>
        <source>Tomorrow may be a tender day: {what}.</source>
        <translation>Morgen könnte ein empfindlicher Tag sein: {what}.</translation>
    </message>
    <message>
        <source>Today may be a tender day: {what}.</source>
        <translation>Heute könnte ein empfindlicher Tag sein: {what}.</translation>
    </message>
    <message>
        <source>{name} said: “{words}”</source>
        <translation>{name} hat gesagt: „{words}“</translation>
    </message>
    <message>
        <source>“{words}”</source>
        <translation>„{words}“</translation>
    </message>
    <message>
        <source>the check-in</source>
        <translation>den Check-in</translation>
    </message>
    <message>
        <source>our conversation</source>
        <translation>unser Gespräch</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>um {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation>am {day} um {time}</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>das Gespräch</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Dein Partner</translation>
    </message>
    <message>
        <source>You paused {about} {started} and said you would come back to it {back}. It is time, whenever you both feel ready.</source>
        <translation>Du hast {about} {started} pausiert und gesagt, dass ihr {back} darauf zurückkommt. Es ist so weit, wann immer ihr beide bereit seid.</translation>
    </message>
    <message>
        <source>{name} paused {about} {started} and said you would come back to it {back}. It is time, whenever you both feel ready.</source>
        <translation>{name} hat {about} {started} pausiert und gesagt, dass ihr {back} darauf zurückkommt. Es ist so weit, wann immer ihr beide bereit seid.</translation>
    </message>
    <message>
        <source>You paused {about} {started}, to come back to it {back}. Take the time you need.</source>
        <translation>Du hast {about} {started} pausiert, um {back} darauf zurückzukommen. Nimm dir die Zeit, die du brauchst.</translation>
    </message>
    <message>
        <source>{name} paused {about} {started}, to come back to it {back}. Take the time you need.</source>
        <translation>{name} hat {about} {started} pausiert, um {back} darauf zurückzukommen. Nehmt euch die Zeit, die ihr braucht.</translation>
    </message>
    <message>
        <source>What I will do to reassure on {day}</source>
        <translation>Was ich am {day} tun werde, um dir Sicherheit zu geben</translation>
    </message>
    <message>
        <source>Say it</source>
        <translation>Sag es</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {day}</source>
        <translation>{day} entfernen</translation>
    </message>
    <message>
        <source>A hard day</source>
        <translation>Ein schwerer Tag</translation>
    </message>
    <message>
        <source>I noticed…</source>
        <translation>Mir ist aufgefallen…</translation>
    </message>
    <message>
        <source>An effort of {name}&apos;s you noticed, in your words.</source>
        <translation>Eine Bemühung von {name}, die dir aufgefallen ist, in deinen Worten.</translation>
    </message>
    <message>
        <source>I noticed that you…</source>
        <translation>Mir ist aufgefallen, dass du…</translation>
    </message>
    <message>
        <source>What you noticed</source>
        <translation>Was dir aufgefallen ist</translation>
    </message>
    <message>
        <source>{name} will see it on Home and on the timeline.</source>
        <translation>{name} sieht es auf der Startseite und in der Zeitleiste.</translation>
    </message>
    <message>
        <source>Share it</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Share it (Ctrl+Enter)</source>
        <translation>Teilen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation>Auszeit</translation>
    </message>
    <message>
        <source>A tender day ahead</source>
        <translation>Ein empfindlicher Tag steht bevor</translation>
    </message>
    <message>
        <source>Noticed for you</source>
        <translation>Für dich bemerkt</translation>
    </message>
    <message>
        <source>{name} noticed: “{text}”</source>
        <translation>{name} ist aufgefallen: „{text}“</translation>
    </message>
    <message>
        <source>I noticed an effort of my partner&apos;s</source>
        <translation>Mir ist eine Bemühung meines Partners aufgefallen</translation>
    </message>
    <message>
        <source>Say thank you for an effort, any day, not only at a check-in</source>
        <translation>Sag Danke für eine Bemühung, an jedem Tag, nicht nur beim Check-in</translation>
    </message>
    <message>
        <source>Grounding step</source>
        <translation>Erdungsübung</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Eine Notiz für dich (optional)</translation>
    </message>
    <message>
        <source>Only you will see it, on your timeline, as a private journal entry.</source>
        <translation>Nur du siehst sie, in deiner Zeitleiste, als privaten Tagebucheintrag.</translation>
    </message>
    <message>
        <source>How strong, 0–10</source>
        <translation>Wie stark, 0–10</translation>
    </message>
    <message>
        <source>rather not say</source>
        <translation>lieber nicht sagen</translation>
    </message>
    <message>
        <source>How strong it was, 0 to 10</source>
        <translation>Wie stark es war, 0 bis 10</translation>
    </message>
    <message>
        <source>What happened, what helped (optional)</source>
        <translation>Was passiert ist, was geholfen hat (optional)</translation>
    </message>
    <message>
        <source>A note about this moment</source>
        <translation>Eine Notiz zu diesem Moment</translation>
    </message>
    <message>
        <source>Keep this note</source>
        <translation>Diese Notiz behalten</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>Eine Notiz für dich</translation>
    </message>
    <message>
        <source>Kept in your private journal.</source>
        <translation>In deinem privaten Tagebuch aufbewahrt.</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Schwere Momente</translation>
    </message>
    <message>
        <source>This is a hard moment, and you are not alone in it. Take your time.</source>
        <translation>Das ist ein schwerer Moment, und du bist darin nicht allein. Nimm dir Zeit.</translation>
    </message>
    <message>
        <source>Your plan is empty. You can write it on a calmer day, under “My plan”.</source>
        <translation>Dein Plan ist leer. Du kannst ihn an einem ruhigeren Tag unter „Mein Plan“ schreiben.</translation>
    </message>
    <message>
        <source>My partner&apos;s plan</source>
        <translation>Plan meines Partners</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Gerade jetzt</translation>
    </message>
    <message>
        <source>My partner</source>
        <translation>Mein Partner</translation>
    </message>
    <message>
        <source>{name}&apos;s plan, shared with you</source>
        <translation>Plan von {name}, mit dir geteilt</translation>
    </message>
    <message>
        <source>{name}&apos;s plan</source>
        <translation>Plan von {name}</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mein Plan</translation>
    </message>
    <message>
        <source>A moment to ground yourself</source>
        <translation>Ein Moment, um dich zu erden</translation>
    </message>
    <message>
        <source>Hard days ahead</source>
        <translation>Schwere Tage, die bevorstehen</translation>
    </message>
    <message>
        <source>Is this safe for us?</source>
        <translation>Ist das für uns sicher?</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>What to pause</source>
        <translation>Was pausiert werden soll</translation>
    </message>
    <message>
        <source>and come back in</source>
        <translation>und zurückkommen in</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Come back in, minutes</source>
        <translation>Zurückkommen in, Minuten</translation>
    </message>
    <message>
        <source>Take a time-out</source>
        <translation>Eine Auszeit nehmen</translation>
    </message>
    <message>
        <source>Go on with the check-in</source>
        <translation>Mit dem Check-in weitermachen</translation>
    </message>
    <message>
        <source>We are back</source>
        <translation>Wir sind zurück</translation>
    </message>
    <message>
        <source>When a conversation gets too much, either of you can pause it. Say when you will come back to it: at least 20 minutes, at most a day.</source>
        <translation>Wenn ein Gespräch zu viel wird, kann jeder von euch es pausieren. Sagt, wann ihr darauf zurückkommt: frühestens in 20 Minuten, spätestens nach einem Tag.</translation>
    </message>
    <message>
        <source>We are back already</source>
        <translation>Wir sind schon zurück</translation>
    </message>
    <message>
        <source>A time-out</source>
        <translation>Eine Auszeit</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Only a vault with two partners has anyone to remove. A vault used by one person never asks about a second one.</source>
        <translation>Nur in einem Tresor mit zwei Partnern gibt es jemanden zu entfernen. Ein Tresor, den eine Person allein nutzt, fragt nie nach einer zweiten.</translation>
    </message>
    <message>
        <source>Leaving: either partner can leave the vault at any time, with their own password. No one else has to agree.</source>
        <translation>Verlassen: Jeder Partner kann den Tresor jederzeit mit dem eigenen Passwort verlassen. Niemand sonst muss zustimmen.</translation>
    </message>
    <message>
        <source>Removing the other partner: this works without their password — after a separation they may not be there to type it — but only after a clear warning, confirmed twice (ticking that you understand, and typing the word “remove”).</source>
        <translation>Den anderen Partner entfernen: Das geht ohne dessen Passwort – nach einer Trennung ist er vielleicht nicht da, um es einzugeben –, aber nur nach einer klaren Warnung und doppelter Bestätigung (ankreuzen, dass du es verstehst, und das Wort „remove“ eintippen).</translation>
    </message>
    <message>
        <source>Either way, nothing of the shared space is lost: the agreement and its signed versions, check-ins, appreciations and shared notes all stay, including what the removed partner wrote, under their name.</source>
        <translation>So oder so geht nichts aus dem gemeinsamen Raum verloren: Die Vereinbarung und ihre unterschriebenen Versionen, Check-ins, Wertschätzungen und gemeinsame Notizen bleiben alle erhalten, auch das, was der entfernte Partner geschrieben hat, unter seinem Namen.</translation>
    </message>
    <message>
        <source>The removed partner&apos;s private space is not deleted. It is moved aside inside the vault folder, still encrypted with a key only they held, so no one can read it — not the partner who stays, and not them either. Their password and recovery code stop working. Anything they want to keep, they should export first.</source>
        <translation>Der private Raum des entfernten Partners wird nicht gelöscht. Er wird im Tresorordner beiseitegelegt, weiterhin mit einem Schlüssel verschlüsselt, den nur er hatte, sodass niemand ihn lesen kann – weder der Partner, der bleibt, noch er selbst. Sein Passwort und sein Wiederherstellungscode funktionieren nicht mehr. Was er behalten möchte, sollte er vorher exportieren.</translation>
    </message>
    <message>
        <source>The shared space gets a new key at the same moment, so keys a former partner may have kept open nothing written from then on. The partner who stays keeps their password and recovery code.</source>
        <translation>Der gemeinsame Raum bekommt im selben Moment einen neuen Schlüssel, sodass Schlüssel, die ein früherer Partner vielleicht behalten hat, nichts mehr öffnen, was ab dann geschrieben wird. Der Partner, der bleibt, behält sein Passwort und seinen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>A backup of the whole vault is made just before and kept with the vault&apos;s other backups (for a few weeks), so nothing is lost by mistake. Every backup is then re-protected: the former partner&apos;s password and recovery code open none of them.</source>
        <translation>Direkt davor wird eine Sicherung des ganzen Tresors erstellt und bei den anderen Sicherungen des Tresors aufbewahrt (für einige Wochen), damit nichts versehentlich verloren geht. Danach wird jede Sicherung neu geschützt: Passwort und Wiederherstellungscode des früheren Partners öffnen keine davon.</translation>
    </message>
    <message>
        <source>The pages of the window appear once the vault is open.</source>
        <translation>Die Seiten des Fensters erscheinen, sobald der Tresor geöffnet ist.</translation>
    </message>
    <message>
        <source>Ctrl+1 moves to the page: {keys}.</source>
        <translation>Ctrl+1 wechselt zur Seite: {keys}.</translation>
    </message>
    <message>
        <source>Ctrl+1 to {last} move between the pages: {keys}.</source>
        <translation>Ctrl+1 bis {last} wechseln zwischen den Seiten: {keys}.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Sich zurechtfinden</translation>
    </message>
    <message>
        <source>TrustDesk keeps your agreement, check-ins and journals in an encrypted vault on this computer. Nothing is sent anywhere: there is no account, no cloud and no network code at all.</source>
        <translation>TrustDesk bewahrt eure Vereinbarung, Check-ins und Tagebücher in einem verschlüsselten Tresor auf diesem Computer auf. Nichts wird irgendwohin gesendet: Es gibt kein Konto, keine Cloud und überhaupt keinen Netzwerkcode.</translation>
    </message>
    <message>
        <source>The name and colour at the top of the window show who is signed in. Whatever private content is on screen belongs to that person.</source>
        <translation>Name und Farbe oben im Fenster zeigen, wer angemeldet ist. Alle privaten Inhalte auf dem Bildschirm gehören dieser Person.</translation>
    </message>
    <message>
        <source>Ctrl+, opens the settings. F1 opens this help. Tab moves from one control to the next, Enter presses the button that has the focus, and Esc closes a dialog (a check-in is paused, never lost).</source>
        <translation>Ctrl+, öffnet die Einstellungen. F1 öffnet diese Hilfe. Tab springt von einem Element zum nächsten, Enter drückt die Schaltfläche, die den Fokus hat, und Esc schließt einen Dialog (ein Check-in wird pausiert, nie verloren).</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Home gathers what is next: when the next check-in is, boundaries whose review day has come, recent appreciations and milestones.</source>
        <translation>Die Startseite sammelt, was als Nächstes ansteht: wann der nächste Check-in ist, Grenzen, deren Prüftag gekommen ist, aktuelle Wertschätzungen und Meilensteine.</translation>
    </message>
    <message>
        <source>There are no streaks or scores here. A missed check-in is not a failure.</source>
        <translation>Hier gibt es keine Serien und keine Punkte. Ein ausgelassener Check-in ist kein Versagen.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>The agreement holds the boundaries you both choose, in categories. Any partner can propose a boundary or a change; it is in force only once both of you agree.</source>
        <translation>Die Vereinbarung enthält die Grenzen, die ihr beide wählt, in Kategorien. Jeder Partner kann eine Grenze oder eine Änderung vorschlagen; sie gilt erst, wenn ihr beide zustimmt.</translation>
    </message>
    <message>
        <source>Each partner gives or withdraws their own consent, after typing their own password. No one can agree for the other.</source>
        <translation>Jeder Partner gibt oder entzieht die eigene Zustimmung, nachdem er sein eigenes Passwort eingegeben hat. Niemand kann für den anderen zustimmen.</translation>
    </message>
    <message>
        <source>When both agree to every active boundary you can sign a new version. Signed versions are never rewritten; compare any two under History.</source>
        <translation>Wenn ihr beide jeder aktiven Grenze zugestimmt habt, könnt ihr eine neue Version unterschreiben. Unterschriebene Versionen werden nie umgeschrieben; unter „Verlauf“ könnt ihr zwei beliebige vergleichen.</translation>
    </message>
    <message>
        <source>In the list, the arrow keys move between boundaries and Tab moves on to the details beside it.</source>
        <translation>In der Liste wechseln die Pfeiltasten zwischen den Grenzen, und Tab springt weiter zu den Details daneben.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>A check-in walks you through how each of you feels now (0 to 10, or rather not say), an effort you noticed, what feels good and what you would like more of, boundaries due for a look, and what each of you needs this week.</source>
        <translation>Ein Check-in führt euch durch: wie sich jeder von euch jetzt fühlt (0 bis 10 oder lieber nicht sagen), eine Bemühung, die euch aufgefallen ist, was guttut und wovon ihr gern mehr hättet, Grenzen, die angesehen werden wollen, und was jeder von euch diese Woche braucht.</translation>
    </message>
    <message>
        <source>Every question can be left unanswered. On a rating, type a number to answer: 7 is 7, and 1 then 0 typed quickly is 10. Delete takes an answer back.</source>
        <translation>Jede Frage kann unbeantwortet bleiben. Bei einer Bewertung tippst du eine Zahl, um zu antworten: 7 ist 7, und schnell 1 und dann 0 getippt ist 10. Entf nimmt eine Antwort zurück.</translation>
    </message>
    <message>
        <source>Either of you can pause at any moment (Pause or Esc); the check-in is kept, encrypted, and opens again on the page you left.</source>
        <translation>Jeder von euch kann jederzeit pausieren (Pausieren oder Esc); der Check-in bleibt verschlüsselt erhalten und öffnet sich wieder auf der Seite, die ihr verlassen habt.</translation>
    </message>
    <message>
        <source>When both of you take part on one screen, each answers in their own turn, and the answers of the first turn go out of sight before the screen is handed over.</source>
        <translation>Wenn ihr beide an einem Bildschirm teilnehmt, antwortet jeder in seiner eigenen Runde, und die Antworten der ersten Runde verschwinden, bevor der Bildschirm übergeben wird.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Private entries are stored in your own private space: your partner cannot open them. Shared notes are for both of you.</source>
        <translation>Private Einträge liegen in deinem eigenen privaten Raum: Dein Partner kann sie nicht öffnen. Gemeinsame Notizen sind für euch beide.</translation>
    </message>
    <message>
        <source>Entries save themselves as you write. A mood and tags are optional.</source>
        <translation>Einträge speichern sich, während du schreibst. Eine Stimmung und Schlagwörter sind optional.</translation>
    </message>
    <message>
        <source>Search finds words in every entry you can open, inside the encrypted vault.</source>
        <translation>Die Suche findet Wörter in jedem Eintrag, den du öffnen kannst, innerhalb des verschlüsselten Tresors.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>The timeline shows everything you may see, newest first: check-ins, appreciations, signed versions, journal entries and milestones.</source>
        <translation>Die Zeitleiste zeigt alles, was du sehen darfst, das Neueste zuerst: Check-ins, Wertschätzungen, unterschriebene Versionen, Tagebucheinträge und Meilensteine.</translation>
    </message>
    <message>
        <source>The trend chart shows each partner&apos;s check-in answers over time, with signed versions of the agreement marked v1, v2 and so on. Its words below the chart say the same for anyone who cannot see it.</source>
        <translation>Das Verlaufsdiagramm zeigt die Check-in-Antworten jedes Partners über die Zeit, mit den unterschriebenen Versionen der Vereinbarung als v1, v2 und so weiter markiert. Der Text unter dem Diagramm sagt dasselbe für alle, die es nicht sehen können.</translation>
    </message>
    <message>
        <source>A report for a therapist can be printed or saved as a PDF for the dates you choose.</source>
        <translation>Ein Bericht für eine Therapeutin oder einen Therapeuten kann für die gewählten Daten gedruckt oder als PDF gespeichert werden.</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>The desire list: each of you answers privately, for each thing couples do together, yes, yes with care, maybe, not now or no. Your answers stay in your own private space.</source>
        <translation>Die Wunschliste: Jeder von euch beantwortet privat für alles, was Paare gemeinsam tun können: ja, ja behutsam, vielleicht, nicht jetzt oder nein. Deine Antworten bleiben in deinem eigenen privaten Raum.</translation>
    </message>
    <message>
        <source>Looking together needs both of you, each proving it is them with their own password. It shows only what you both said yes to: never a no, and never a yes the other did not share.</source>
        <translation>Gemeinsam ansehen braucht euch beide, und jeder weist sich mit dem eigenen Passwort aus. Es zeigt nur, wozu ihr beide Ja gesagt habt: nie ein Nein und nie ein Ja, das der andere nicht geteilt hat.</translation>
    </message>
    <message>
        <source>Steps at our own pace open one at a time, only when both of you have privately said you are ready. Either of you can step back, without giving a reason.</source>
        <translation>Schritte in unserem eigenen Tempo öffnen sich einzeln, erst wenn ihr beide privat gesagt habt, dass ihr bereit seid. Jeder von euch kann einen Schritt zurückgehen, ohne einen Grund zu nennen.</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Schwere Momente</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M, from any page, opens one calm screen: your trigger plan, your partner&apos;s plan if they shared it, a short grounding step and the time-out.</source>
        <translation>Ctrl+Shift+M öffnet von jeder Seite aus einen ruhigen Bildschirm: deinen Plan für schwere Momente, den Plan deines Partners, falls er ihn geteilt hat, eine kurze Erdungsübung und die Auszeit.</translation>
    </message>
    <message>
        <source>Your trigger plan is private: signs you are triggered, what helps, what does not, the words you need to hear and what you will do for yourself. You can share a copy with your partner and take it back at any time.</source>
        <translation>Dein Plan für schwere Momente ist privat: Zeichen, dass du getriggert bist, was hilft, was nicht hilft, die Worte, die du hören musst, und was du für dich selbst tun wirst. Du kannst eine Kopie mit deinem Partner teilen und sie jederzeit zurücknehmen.</translation>
    </message>
    <message>
        <source>A time-out pauses a conversation or a check-in for 20 minutes up to a day (30 minutes unless you choose). TrustDesk shows who paused and when you said you would come back, and offers to pick up again then. It keeps no count of them.</source>
        <translation>Eine Auszeit pausiert ein Gespräch oder einen Check-in für 20 Minuten bis zu einem Tag (30 Minuten, wenn du nichts anderes wählst). TrustDesk zeigt, wer pausiert hat und wann ihr zurückkommen wolltet, und bietet dann an, wieder einzusteigen. Es zählt die Auszeiten nicht.</translation>
    </message>
    <message>
        <source>Hard days ahead: list a day you can see coming, with what you will do to reassure. Home mentions it gently the day before.</source>
        <translation>Schwere Tage, die bevorstehen: Trag einen Tag ein, den du kommen siehst, und was du tun wirst, um deinem Partner Sicherheit zu geben. Die Startseite erinnert am Vortag behutsam daran.</translation>
    </message>
    <message>
        <source>“I noticed…” on Home thanks your partner for an effort on any day; check-ins still gather appreciations too.</source>
        <translation>„Mir ist aufgefallen…“ auf der Startseite dankt deinem Partner an jedem Tag für eine Bemühung; Check-ins sammeln weiterhin auch Wertschätzungen.</translation>
    </message>
    <message>
        <source>Honest answers</source>
        <translation>Ehrliche Antworten</translation>
    </message>
    <message>
        <source>The partner with questions writes them privately and shares them when ready, as many as they choose. Unshared questions stay in their private space.</source>
        <translation>Der Partner mit Fragen schreibt sie privat auf und teilt sie, wenn er bereit ist, so viele er möchte. Nicht geteilte Fragen bleiben in seinem privaten Raum.</translation>
    </message>
    <message>
        <source>The other partner answers each one in writing, or promises to answer it in person by a day. A given answer is kept exactly as it was given; either of you can add follow-ups below it.</source>
        <translation>Der andere Partner beantwortet jede schriftlich oder verspricht, sie bis zu einem bestimmten Tag persönlich zu beantworten. Eine gegebene Antwort bleibt genau so erhalten, wie sie gegeben wurde; jeder von euch kann darunter Nachfragen hinzufügen.</translation>
    </message>
    <message>
        <source>A session lasts as long as the person asking chooses; when the time is up, TrustDesk suggests a break. “I have what I need” closes a question.</source>
        <translation>Eine Sitzung dauert so lange, wie die fragende Person möchte; wenn die Zeit um ist, schlägt TrustDesk eine Pause vor. „Ich habe, was ich brauche“ schließt eine Frage ab.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Ctrl+L locks TrustDesk at once. Ctrl+Shift+H locks and hides the window in one keystroke.</source>
        <translation>Ctrl+L sperrt TrustDesk sofort. Ctrl+Shift+H sperrt und versteckt das Fenster mit einem Tastendruck.</translation>
    </message>
    <message>
        <source>TrustDesk also locks itself after some minutes without use (five, unless you change it in Settings), and when the screen locks or the computer goes to sleep, where the desktop tells it so.</source>
        <translation>TrustDesk sperrt sich auch nach einigen Minuten ohne Nutzung (fünf, wenn du es in den Einstellungen nicht änderst) und wenn der Bildschirm gesperrt wird oder der Computer in den Ruhezustand geht, sofern die Desktopumgebung das meldet.</translation>
    </message>
    <message>
        <source>Locking closes the vault&apos;s files and clears every page and password field. What you were writing is already saved, encrypted, so nothing is lost.</source>
        <translation>Sperren schließt die Dateien des Tresors und leert jede Seite und jedes Passwortfeld. Was du geschrieben hast, ist bereits verschlüsselt gespeichert, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Each partner has a private space that only their own password opens, and both share one space for the agreement, check-ins, appreciations and shared notes.</source>
        <translation>Jeder Partner hat einen privaten Raum, den nur das eigene Passwort öffnet, und beide teilen einen Raum für die Vereinbarung, Check-ins, Wertschätzungen und gemeinsame Notizen.</translation>
    </message>
    <message>
        <source>A second partner can join at any time from Partners → Invite your partner. They choose their own name, colour and password and get their own recovery code.</source>
        <translation>Ein zweiter Partner kann jederzeit über Partner → Partner einladen dazukommen. Er wählt eigenen Namen, eigene Farbe und eigenes Passwort und bekommt einen eigenen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Partners → Switch partner signs the other partner in: the first partner&apos;s private space closes, the shared space stays open.</source>
        <translation>Partner → Partner wechseln meldet den anderen Partner an: Der private Raum des ersten Partners schließt sich, der gemeinsame Raum bleibt offen.</translation>
    </message>
    <message>
        <source>Removing a partner</source>
        <translation>Einen Partner entfernen</translation>
    </message>
    <message>
        <source>Passwords and recovery codes</source>
        <translation>Passwörter und Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Each partner has a password and a recovery code. The recovery code can set a new password if the old one is forgotten: choose “Forgot my password” when unlocking.</source>
        <translation>Jeder Partner hat ein Passwort und einen Wiederherstellungscode. Mit dem Wiederherstellungscode lässt sich ein neues Passwort festlegen, wenn das alte vergessen ist: Wähle beim Entsperren „Passwort vergessen“.</translation>
    </message>
    <message>
        <source>Changing your password (Vault → Change password) leaves your recovery code and your partner&apos;s password as they are. Your spaces get new keys and older backups are re-protected, so the old password opens nothing any more.</source>
        <translation>Dein Passwort zu ändern (Tresor → Passwort ändern) lässt deinen Wiederherstellungscode und das Passwort deines Partners, wie sie sind. Deine Räume bekommen neue Schlüssel und ältere Sicherungen werden neu geschützt, sodass das alte Passwort nichts mehr öffnet.</translation>
    </message>
    <message>
        <source>Vault → New recovery code makes a new code and sheet; the old code then opens nothing, in the vault or in its backups.</source>
        <translation>Tresor → Neuer Wiederherstellungscode erstellt einen neuen Code und ein neues Blatt; der alte Code öffnet danach nichts mehr, weder im Tresor noch in seinen Sicherungen.</translation>
    </message>
    <message>
        <source>There is no other way in. Keep the recovery sheet somewhere only you can reach.</source>
        <translation>Einen anderen Weg hinein gibt es nicht. Bewahre das Wiederherstellungsblatt an einem Ort auf, an den nur du kommst.</translation>
    </message>
    <message>
        <source>A private, offline place for couples — or one partner alone — rebuilding trust: a boundary agreement you both sign, gentle check-ins, a private journal each, and a timeline of how far you have come.</source>
        <translation>Ein privater Offline-Ort für Paare – oder einen Partner allein –, die Vertrauen wieder aufbauen: eine Vereinbarung über Grenzen, die ihr beide unterschreibt, behutsame Check-ins, ein privates Tagebuch für jeden und eine Zeitleiste, die zeigt, wie weit ihr gekommen seid.</translation>
    </message>
    <message>
        <source>Everything stays encrypted on this computer. TrustDesk has no account, no cloud and no network code.</source>
        <translation>Alles bleibt verschlüsselt auf diesem Computer. TrustDesk hat kein Konto, keine Cloud und keinen Netzwerkcode.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>Über TrustDesk</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Hilfethemen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Agreement history</source>
        <translation>Verlauf der Vereinbarung</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>Unterschriebene Versionen</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>Die gewählte Version</translation>
    </message>
    <message>
        <source>Compare with the current draft</source>
        <translation>Mit dem aktuellen Entwurf vergleichen</translation>
    </message>
    <message>
        <source>Compare with the version before</source>
        <translation>Mit der vorherigen Version vergleichen</translation>
    </message>
    <message>
        <source>Print this version</source>
        <translation>Diese Version drucken</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>about a year ago</source>
        <translation>vor etwa einem Jahr</translation>
    </message>
    <message>
        <source>This is the beginning. Once you save a first check-in, this is where you will see how far you have come.</source>
        <translation>Das ist der Anfang. Sobald der erste Check-in gespeichert ist, siehst du hier, wie weit du schon gekommen bist.</translation>
    </message>
    <message>
        <source>Your agreement is signed (version {number}).</source>
        <translation>Die Vereinbarung ist unterschrieben (Version {number}).</translation>
    </message>
    <message>
        <source>You began on {day}, {ago}.</source>
        <translation>Der Anfang war am {day}, {ago}.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held} together and shared {shared}.</source>
        <translation>Seitdem habt ihr euch zu {held} zusammengesetzt und {shared} geteilt.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held} and shared {shared}.</source>
        <translation>Seitdem hast du dir Zeit für {held} genommen und {shared} geteilt.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held} together.</source>
        <translation>Seitdem habt ihr euch zu {held} zusammengesetzt.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held}.</source>
        <translation>Seitdem hast du dir Zeit für {held} genommen.</translation>
    </message>
    <message>
        <source>Your agreement is at version {number}, signed on {day}.</source>
        <translation>Die Vereinbarung ist bei Version {number}, unterschrieben am {day}.</translation>
    </message>
    <message>
        <source>Your agreement is at version {number}.</source>
        <translation>Die Vereinbarung ist bei Version {number}.</translation>
    </message>
    <message numerus="yes">
        <source>about %n years ago</source>
        <translation>
            <numerusform>vor etwa %n Jahr</numerusform>
            <numerusform>vor etwa %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appreciations</source>
        <translation>
            <numerusform>%n Wertschätzung</numerusform>
            <numerusform>%n Wertschätzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n years ago</source>
        <translation>
            <numerusform>vor mehr als %n Jahr</numerusform>
            <numerusform>vor mehr als %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the agreement</source>
        <translation>
            <numerusform>und %n weitere in der Vereinbarung</numerusform>
            <numerusform>und %n weitere in der Vereinbarung</numerusform>
        </translation>
    </message>
    <message>
        <source>Your recovery code needs renewing: the vault&apos;s keys were renewed, and the code from before no longer opens it. Whenever it suits you, Vault → New recovery code… makes a new one to print or keep.</source>
        <translation>Dein Wiederherstellungscode muss erneuert werden: Die Schlüssel des Tresors wurden erneuert, und der bisherige Code öffnet ihn nicht mehr. Wann immer es dir passt, erstellt Tresor → Neuer Wiederherstellungscode… einen neuen zum Drucken oder Aufbewahren.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Looking at the desire list again</source>
        <translation>Die Wunschliste noch einmal ansehen</translation>
    </message>
    <message>
        <source>How far you have come</source>
        <translation>Der Weg bisher</translation>
    </message>
    <message>
        <source>Open the timeline</source>
        <translation>Die Zeitleiste öffnen</translation>
    </message>
    <message>
        <source>Boundaries to look at again</source>
        <translation>Grenzen zum erneuten Ansehen</translation>
    </message>
    <message>
        <source>Recent appreciations</source>
        <translation>Neue Wertschätzungen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hallo, {name}</translation>
    </message>
    <message>
        <source>A check-in is paused. You can go on from where you stopped, whenever you like.</source>
        <translation>Ein Check-in ist pausiert. Du kannst weitermachen, wo du aufgehört hast, wann immer du möchtest.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be looked at again.</source>
        <translation>Nichts wartet darauf, noch einmal angesehen zu werden.</translation>
    </message>
    <message>
        <source>Open the boundary: {text}</source>
        <translation>Die Grenze öffnen: {text}</translation>
    </message>
    <message>
        <source>Open it in the agreement</source>
        <translation>In der Vereinbarung öffnen</translation>
    </message>
    <message>
        <source>You can look at them at your next check-in, or in the agreement.</source>
        <translation>Du kannst sie dir beim nächsten Check-in oder in der Vereinbarung ansehen.</translation>
    </message>
    <message>
        <source>Efforts you notice and say out loud at check-ins appear here.</source>
        <translation>Bemühungen, die euch auffallen und die ihr bei Check-ins aussprecht, erscheinen hier.</translation>
    </message>
    <message>
        <source>Days worth remembering appear here. Add one on the timeline.</source>
        <translation>Tage, an die es sich zu erinnern lohnt, erscheinen hier. Füge einen in der Zeitleiste hinzu.</translation>
    </message>
    <message>
        <source>A former partner</source>
        <translation>Ein früherer Partner</translation>
    </message>
    <message>
        <source>{name} appreciated: {words}</source>
        <translation>Wertschätzung von {name}: {words}</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <source>Invite your partner</source>
        <translation>Lade deinen Partner ein</translation>
    </message>
    <message>
        <source>Hand the keyboard to your partner. They choose their own name, colour and password.</source>
        <translation>Gib die Tastatur an deinen Partner weiter. Er wählt eigenen Namen, eigene Farbe und eigenes Passwort.</translation>
    </message>
    <message>
        <source>They get a private space of their own: you cannot open theirs, and they cannot open yours. The agreement, check-ins and shared notes belong to you both.</source>
        <translation>Er bekommt einen eigenen privaten Raum: Du kannst seinen nicht öffnen und er deinen nicht. Die Vereinbarung, Check-ins und gemeinsame Notizen gehören euch beiden.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Deine Farbe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>This copy will not be encrypted</source>
        <translation>Diese Kopie wird nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Markdown and JSON files are plain text: anyone who can open the file can read every word in it, and it stays on the disk until you delete it.

Keep it somewhere only you can reach, and delete it when you no longer need it. For a copy that stays private, choose the encrypted backup instead.</source>
        <translation>Markdown- und JSON-Dateien sind reiner Text: Wer die Datei öffnen kann, kann jedes Wort darin lesen, und sie bleibt auf dem Datenträger, bis du sie löschst.

Bewahre sie dort auf, wo nur du herankommst, und lösche sie, wenn du sie nicht mehr brauchst. Für eine Kopie, die privat bleibt, wähle stattdessen die verschlüsselte Sicherung.</translation>
    </message>
    <message>
        <source>Export {space}</source>
        <translation>{space} exportieren</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Ohne Verschlüsselung exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose where the backup goes</source>
        <translation>Wähle, wohin die Sicherung kommt</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Einen Ordner wählen</translation>
    </message>
    <message>
        <source>The export could not be written</source>
        <translation>Der Export konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Backup copy made</source>
        <translation>Sicherungskopie erstellt</translation>
    </message>
    <message>
        <source>An encrypted copy of the vault is in {folder}.</source>
        <translation>Eine verschlüsselte Kopie des Tresors liegt in {folder}.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to {file}.</source>
        <translation>
            <numerusform>%n Eintrag in {file} geschrieben.</numerusform>
            <numerusform>%n Einträge in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your private journal is empty.

Write what you cannot say yet, or what you want to remember. Press Ctrl+N to begin.</source>
        <translation>Dein privates Tagebuch ist leer.

Schreib, was du noch nicht sagen kannst oder was du behalten möchtest. Drück Ctrl+N, um zu beginnen.</translation>
    </message>
    <message>
        <source>No shared notes yet.

Shared notes can be read by both of you.</source>
        <translation>Noch keine gemeinsamen Notizen.

Gemeinsame Notizen könnt ihr beide lesen.</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or fewer words.</source>
        <translation>Nichts gefunden. Versuch es mit einem anderen Wort oder mit weniger Wörtern.</translation>
    </message>
    <message>
        <source>Search this journal  (Ctrl+F)</source>
        <translation>Dieses Tagebuch durchsuchen  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search this journal</source>
        <translation>Dieses Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Order of search results</source>
        <translation>Reihenfolge der Suchergebnisse</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Beste Treffer</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Show only entries with this tag</source>
        <translation>Nur Einträge mit diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Show the calendar</source>
        <translation>Den Kalender anzeigen</translation>
    </message>
    <message>
        <source>Go to a day</source>
        <translation>Zu einem Tag gehen</translation>
    </message>
    <message>
        <source>Back to the newest</source>
        <translation>Zurück zum Neuesten</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Einträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Einen neuen Eintrag beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>From {day} back</source>
        <translation>Ab {day} rückwärts</translation>
    </message>
    <message>
        <source>Choose an entry from the list, or start a new one (Ctrl+N).</source>
        <translation>Wähle einen Eintrag aus der Liste oder beginne einen neuen (Ctrl+N).</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>My private journal</source>
        <translation>Mein privates Tagebuch</translation>
    </message>
    <message>
        <source>Shared notes</source>
        <translation>Gemeinsame Notizen</translation>
    </message>
    <message>
        <source>Shared notes, readable by both of you</source>
        <translation>Gemeinsame Notizen, die ihr beide lesen könnt</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Bring the deleted entry back</source>
        <translation>Den gelöschten Eintrag zurückholen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>My private journal ({name})</source>
        <translation>Mein privates Tagebuch ({name})</translation>
    </message>
    <message>
        <source>{name}&apos;s private journal: only {name} can open it</source>
        <translation>Privates Tagebuch von {name}: Nur {name} kann es öffnen</translation>
    </message>
    <message>
        <source>Write whatever you need to. Only you can read it.</source>
        <translation>Schreib, was immer du brauchst. Nur du kannst es lesen.</translation>
    </message>
    <message>
        <source>A note for you both. Your partner can read it too.</source>
        <translation>Eine Notiz für euch beide. Dein Partner kann sie auch lesen.</translation>
    </message>
    <message>
        <source>{name}&apos;s private journal. Only you can open it.</source>
        <translation>Privates Tagebuch von {name}. Nur du kannst es öffnen.</translation>
    </message>
    <message>
        <source>Search your private journal  (Ctrl+F)</source>
        <translation>Dein privates Tagebuch durchsuchen  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shared notes. {name} can read them too.</source>
        <translation>Gemeinsame Notizen. {name} kann sie auch lesen.</translation>
    </message>
    <message>
        <source>Shared notes.</source>
        <translation>Gemeinsame Notizen.</translation>
    </message>
    <message>
        <source>Search the shared notes  (Ctrl+F)</source>
        <translation>Die gemeinsamen Notizen durchsuchen  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Dein Partner</translation>
    </message>
    <message>
        <source>{name} wrote this note. Only {name} can change it.</source>
        <translation>{name} hat diese Notiz geschrieben. Nur {name} kann sie ändern.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>“{title}” will be deleted from this journal. You can bring it back straight away.</source>
        <translation>„{title}“ wird aus diesem Tagebuch gelöscht. Du kannst ihn sofort zurückholen.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>“{title}” was deleted.</source>
        <translation>„{title}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>{name}&apos;s private journal</source>
        <translation>Privates Tagebuch von {name}</translation>
    </message>
    <message>
        <source>Day of this entry</source>
        <translation>Tag dieses Eintrags</translation>
    </message>
    <message>
        <source>Wednesday 30 September 2026</source>
        <translation>Mittwoch, 30. September 2026</translation>
    </message>
    <message>
        <source>Mood (optional)</source>
        <translation>Stimmung (optional)</translation>
    </message>
    <message>
        <source>No mood chosen</source>
        <translation>Keine Stimmung gewählt</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Write whatever you need to. Only you can open this.</source>
        <translation>Schreib, was immer du brauchst. Nur du kannst das öffnen.</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Noch einmal speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo typing</source>
        <translation>Tippen rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo typing</source>
        <translation>Tippen wiederholen</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>“ Quote</source>
        <translation>„ Zitat</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>{problem} Your words are still here, in this window. {advice}</source>
        <translation>{problem} Deine Worte sind noch hier, in diesem Fenster. {advice}</translation>
    </message>
</context>
<context>
    <name>Journal import</name>
    <message>
        <source>Import entries</source>
        <translation>Einträge importieren</translation>
    </message>
    <message>
        <source>Choose a jrnl JSON file…</source>
        <translation>Eine jrnl-JSON-Datei wählen…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Einen Ordner wählen…</translation>
    </message>
    <message>
        <source>What would be imported</source>
        <translation>Was importiert würde</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose a jrnl JSON export</source>
        <translation>Einen jrnl-JSON-Export wählen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown or text files</source>
        <translation>Einen Ordner mit Markdown- oder Textdateien wählen</translation>
    </message>
</context>
<context>
    <name>LeaveVaultDialog</name>
    <message>
        <source>Leave this vault</source>
        <translation>Diesen Tresor verlassen</translation>
    </message>
    <message>
        <source>{name}, after leaving you can no longer open this vault: your password and recovery code stop working.</source>
        <translation>{name}, nachdem du gegangen bist, kannst du diesen Tresor nicht mehr öffnen: Dein Passwort und dein Wiederherstellungscode funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Your private space (journal, reflections, drafts) is not deleted, but no one will be able to open it any more — including you. If you want to keep any of it, export it before you leave.</source>
        <translation>Dein privater Raum (Tagebuch, Reflexionen, Entwürfe) wird nicht gelöscht, aber niemand kann ihn mehr öffnen – auch du nicht. Wenn du etwas davon behalten möchtest, exportiere es, bevor du gehst.</translation>
    </message>
    <message>
        <source>The shared space stays whole for {others}, including what you wrote there.</source>
        <translation>Der gemeinsame Raum bleibt vollständig erhalten, auch das, was du dort geschrieben hast, und {others} kann ihn weiter nutzen.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Dein Passwort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Main window</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock TrustDesk now (Ctrl+L)</source>
        <translation>TrustDesk jetzt sperren (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick &amp;hide</source>
        <translation>Schnell &amp;verstecken</translation>
    </message>
    <message>
        <source>Lock and hide the window at once</source>
        <translation>Sperren und das Fenster sofort verstecken</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Neuer &amp;Wiederherstellungscode…</translation>
    </message>
    <message>
        <source>Make a new recovery code; the old one then opens nothing</source>
        <translation>Einen neuen Wiederherstellungscode erstellen; der alte öffnet danach nichts mehr</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Close TrustDesk</source>
        <translation>TrustDesk &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Invite your partner…</source>
        <translation>Partner &amp;einladen…</translation>
    </message>
    <message>
        <source>Let your partner join this vault</source>
        <translation>Deinen Partner diesem Tresor beitreten lassen</translation>
    </message>
    <message>
        <source>&amp;Switch partner…</source>
        <translation>Partner &amp;wechseln…</translation>
    </message>
    <message>
        <source>Sign the other partner in</source>
        <translation>Den anderen Partner anmelden</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>&amp;Partner…</translation>
    </message>
    <message>
        <source>&amp;Renew the shared key…</source>
        <translation>Gemeinsamen Schlüssel e&amp;rneuern…</translation>
    </message>
    <message>
        <source>Make sure keys a former partner kept no longer open the shared space</source>
        <translation>Sicherstellen, dass Schlüssel, die ein früherer Partner behalten hat, den gemeinsamen Raum nicht mehr öffnen</translation>
    </message>
    <message>
        <source>TrustDesk &amp;help</source>
        <translation>TrustDesk-&amp;Hilfe</translation>
    </message>
    <message>
        <source>Hard &amp;moment</source>
        <translation>Schwerer &amp;Moment</translation>
    </message>
    <message>
        <source>A calm screen for a hard moment: your plans, grounding, a time-out (Ctrl+Shift+M)</source>
        <translation>Ein ruhiger Bildschirm für einen schweren Moment: eure Pläne, Erdung, eine Auszeit (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>Über &amp;TrustDesk</translation>
    </message>
    <message>
        <source>Hard moment</source>
        <translation>Schwerer Moment</translation>
    </message>
    <message>
        <source>Switch partner</source>
        <translation>Partner wechseln</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Switch to {name}…</source>
        <translation>Zu {name} &amp;wechseln…</translation>
    </message>
    <message>
        <source>Sign {name} in; your private space closes</source>
        <translation>{name} anmelden; dein privater Raum schließt sich</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Add a milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>A day worth remembering: a first, a conversation, a step you took together.</source>
        <translation>Ein Tag, an den es sich zu erinnern lohnt: ein erstes Mal, ein Gespräch, ein Schritt, den ihr gemeinsam gegangen seid.</translation>
    </message>
    <message>
        <source>TrustDesk marked this day by itself. It stays on your timeline.</source>
        <translation>TrustDesk hat diesen Tag von selbst markiert. Er bleibt in eurer Zeitleiste.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Day of the milestone</source>
        <translation>Tag des Meilensteins</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>For example: our first weekend away again</source>
        <translation>Zum Beispiel: unser erstes gemeinsames Wochenende weg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A note about the milestone</source>
        <translation>Eine Notiz zum Meilenstein</translation>
    </message>
    <message>
        <source>A few words to remember it by (optional)</source>
        <translation>Ein paar Worte, um euch daran zu erinnern (optional)</translation>
    </message>
</context>
<context>
    <name>NewCodePage</name>
    <message>
        <source>A new recovery code</source>
        <translation>Ein neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If someone may have seen your recovery sheet, or you simply want a fresh one, TrustDesk can make a new code for you.</source>
        <translation>Wenn jemand dein Wiederherstellungsblatt gesehen haben könnte oder du einfach ein neues möchtest, kann TrustDesk einen neuen Code für dich erstellen.</translation>
    </message>
    <message>
        <source>Once the new code is made, your old recovery code opens nothing: not the vault, and not its backups, which are re-protected with the new code. Your password stays the same.</source>
        <translation>Sobald der neue Code erstellt ist, öffnet dein alter Wiederherstellungscode nichts mehr: weder den Tresor noch seine Sicherungen, die mit dem neuen Code neu geschützt werden. Dein Passwort bleibt gleich.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Dein Passwort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>{name}&apos;s colour</source>
        <translation>Farbe von {name}</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Angemeldet als {name}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Keeping it private</source>
        <translation>Privat halten</translation>
    </message>
    <message>
        <source>How locking works</source>
        <translation>Wie das Sperren funktioniert</translation>
    </message>
    <message>
        <source>This vault is yours alone. Your private space and the shared space are open.</source>
        <translation>Dieser Tresor gehört nur dir. Dein privater Raum und der gemeinsame Raum sind offen.</translation>
    </message>
    <message>
        <source>Your private space and the shared space are open. {name}&apos;s private space stays closed: only {name} can open it.</source>
        <translation>Dein privater Raum und der gemeinsame Raum sind offen. Der private Raum von {name} bleibt geschlossen: Nur {name} kann ihn öffnen.</translation>
    </message>
    <message>
        <source>Locking after idle time is switched off in Settings.</source>
        <translation>Das Sperren nach Inaktivität ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once; Ctrl+Shift+H locks and hides the window. Everything you write is saved straight away, encrypted, so locking never loses anything.</source>
        <translation>Ctrl+L sperrt sofort; Ctrl+Shift+H sperrt und versteckt das Fenster. Alles, was du schreibst, wird sofort verschlüsselt gespeichert, daher geht beim Sperren nie etwas verloren.</translation>
    </message>
    <message>
        <source>{name} (signed in)</source>
        <translation>{name} (angemeldet)</translation>
    </message>
    <message>
        <source>here since {day}</source>
        <translation>hier seit {day}</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk locks itself after %n minutes without use.</source>
        <translation>
            <numerusform>TrustDesk sperrt sich nach %n Minute ohne Nutzung.</numerusform>
            <numerusform>TrustDesk sperrt sich nach %n Minuten ohne Nutzung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Schwere Momente</translation>
    </message>
    <message>
        <source>Honest answers</source>
        <translation>Ehrliche Antworten</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partners of this vault</source>
        <translation>Partner dieses Tresors</translation>
    </message>
    <message>
        <source>Leave this vault…</source>
        <translation>Diesen Tresor verlassen…</translation>
    </message>
    <message>
        <source>How removing a partner works</source>
        <translation>Wie das Entfernen eines Partners funktioniert</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>Too easy to guess</source>
        <translation>Zu leicht zu erraten</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>This one is widely used. Try a few unrelated words.</source>
        <translation>Dieses Passwort wird sehr häufig benutzt. Versuch es mit ein paar Wörtern, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <source>It is close to a password many people use. A few unrelated words are easier to remember and harder to guess.</source>
        <translation>Es ähnelt einem Passwort, das viele Menschen benutzen. Ein paar Wörter, die nichts miteinander zu tun haben, sind leichter zu merken und schwerer zu erraten.</translation>
    </message>
    <message>
        <source>A few unrelated words together are easier to remember and harder to guess.</source>
        <translation>Ein paar Wörter, die nichts miteinander zu tun haben, sind zusammen leichter zu merken und schwerer zu erraten.</translation>
    </message>
    <message>
        <source>Good start. Another word or two would make it much stronger.</source>
        <translation>Guter Anfang. Ein oder zwei weitere Wörter würden es viel stärker machen.</translation>
    </message>
    <message>
        <source>A good password. Keep it somewhere only you can find.</source>
        <translation>Ein gutes Passwort. Bewahre es dort auf, wo nur du es findest.</translation>
    </message>
    <message>
        <source>A strong password. Keep it somewhere only you can find.</source>
        <translation>Ein starkes Passwort. Bewahre es dort auf, wo nur du es findest.</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password feedback</source>
        <translation>Rückmeldung zum Passwort</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Confirmation feedback</source>
        <translation>Rückmeldung zur Bestätigung</translation>
    </message>
    <message>
        <source>&lt;b&gt;{level}.&lt;/b&gt; {hint}</source>
        <translation>&lt;b&gt;{level}.&lt;/b&gt; {hint}</translation>
    </message>
    <message>
        <source>The two passwords match.</source>
        <translation>Die beiden Passwörter stimmen überein.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Die beiden Passwörter sind noch nicht gleich.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwende mindestens %n Zeichen.</numerusform>
            <numerusform>Verwende mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more characters, please.</source>
        <translation>
            <numerusform>Noch %n Zeichen, bitte.</numerusform>
            <numerusform>Noch %n Zeichen, bitte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Draft — not signed</source>
        <translation>Entwurf — nicht unterschrieben</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Warum es uns wichtig ist:</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <source>My agreement</source>
        <translation>Meine Vereinbarung</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>Version {number} · signed on {day}</source>
        <translation>Version {number} · unterschrieben am {day}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Agreement (draft, not signed)</source>
        <translation>Vereinbarung (Entwurf, nicht unterschrieben)</translation>
    </message>
    <message>
        <source>Agreement, version {number}</source>
        <translation>Vereinbarung, Version {number}</translation>
    </message>
    <message>
        <source>This is a draft to talk over together. It is not in force until both of us have agreed to every clause and signed it.</source>
        <translation>Dies ist ein Entwurf, über den wir gemeinsam sprechen. Er gilt erst, wenn wir beide jedem Punkt zugestimmt und ihn unterschrieben haben.</translation>
    </message>
    <message>
        <source>This is a draft to think over. It is not in force until it is signed.</source>
        <translation>Dies ist ein Entwurf zum Nachdenken. Er gilt erst, wenn er unterschrieben ist.</translation>
    </message>
    <message>
        <source>These are the boundaries we agreed on together. Each one is here because both of us chose it, and either of us can ask to talk about it again.</source>
        <translation>Das sind die Grenzen, auf die wir uns gemeinsam geeinigt haben. Jede steht hier, weil wir beide sie gewählt haben, und jeder von uns kann darum bitten, noch einmal darüber zu sprechen.</translation>
    </message>
    <message>
        <source>These are the boundaries I chose. I can come back to any of them.</source>
        <translation>Das sind die Grenzen, die ich gewählt habe. Ich kann auf jede von ihnen zurückkommen.</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Gedruckt am {day}</translation>
    </message>
    <message>
        <source>No clauses have been written yet.</source>
        <translation>Es wurden noch keine Punkte geschrieben.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>We have each read this agreement and agree to it.</source>
        <translation>Wir haben diese Vereinbarung beide gelesen und stimmen ihr zu.</translation>
    </message>
    <message>
        <source>I have read this agreement and agree to it.</source>
        <translation>Ich habe diese Vereinbarung gelesen und stimme ihr zu.</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>Unterschrift von {name}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signed in TrustDesk as “{name}” on {day}.</source>
        <translation>In TrustDesk als „{name}“ am {day} unterschrieben.</translation>
    </message>
    <message>
        <source>Signed in TrustDesk as “{name}”.</source>
        <translation>In TrustDesk als „{name}“ unterschrieben.</translation>
    </message>
    <message>
        <source>printed on {day}</source>
        <translation>gedruckt am {day}</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Ich verstehe</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Save a copy of the agreement</source>
        <translation>Eine Kopie der Vereinbarung speichern</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Die Kopie wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>Es wurde nichts gedruckt</translation>
    </message>
    <message>
        <source>The file {file} could not be written. Choose another folder, or check that the disk has room and the file is not open elsewhere.</source>
        <translation>Die Datei {file} konnte nicht geschrieben werden. Wähle einen anderen Ordner oder prüfe, ob auf dem Datenträger Platz ist und die Datei nicht anderswo geöffnet ist.</translation>
    </message>
    <message>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The printer could not be reached. Check that it is on and try again.</source>
        <translation>Der Drucker ist nicht erreichbar. Prüfe, ob er eingeschaltet ist, und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>TrustDesk recovery sheet</source>
        <translation>TrustDesk-Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>For {name} · made on {day}</source>
        <translation>Für {name} · erstellt am {day}</translation>
    </message>
    <message>
        <source>If you ever forget your TrustDesk password, this code lets you choose a new one. Your journal, your private space and everything you share stay as they are.</source>
        <translation>Falls du dein TrustDesk-Passwort einmal vergisst, kannst du mit diesem Code ein neues wählen. Dein Tagebuch, dein privater Raum und alles, was ihr teilt, bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>YOUR RECOVERY CODE</source>
        <translation>DEIN WIEDERHERSTELLUNGSCODE</translation>
    </message>
    <message>
        <source>Letters and digits only: the code does not mind upper or lower case, and O and 0, or I and 1, count as the same.</source>
        <translation>Nur Buchstaben und Ziffern: Groß- und Kleinschreibung spielt keine Rolle, und O und 0 sowie I und 1 gelten als gleich.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>So verwendest du ihn</translation>
    </message>
    <message>
        <source>On the unlock screen, choose to use a recovery code, type this code, and then choose a new password.</source>
        <translation>Wähle auf dem Entsperrbildschirm, einen Wiederherstellungscode zu verwenden, tippe diesen Code ein und wähle dann ein neues Passwort.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Wo du ihn aufbewahrst</translation>
    </message>
    <message>
        <source>Somewhere safe and private that you can find again: a locked drawer, a folder with your important papers.</source>
        <translation>An einem sicheren, privaten Ort, an dem du es wiederfindest: eine abschließbare Schublade, ein Ordner mit deinen wichtigen Unterlagen.</translation>
    </message>
    <message>
        <source>Not next to the computer, and not as a photo or a file on it.</source>
        <translation>Nicht neben dem Computer und nicht als Foto oder Datei darauf.</translation>
    </message>
    <message>
        <source>You can make a new sheet in TrustDesk at any time; its new code replaces this one.</source>
        <translation>Du kannst in TrustDesk jederzeit ein neues Blatt erstellen; sein neuer Code ersetzt diesen.</translation>
    </message>
    <message>
        <source>Please keep it private</source>
        <translation>Bitte halte ihn privat</translation>
    </message>
    <message>
        <source>Anyone holding this code can set a new password </source>
        <translation>Wer diesen Code hat, kann ein neues Passwort festlegen </translation>
    </message>
    <message>
        <source>and read what your password opens. Keep it as carefully as a house key. If you think someone has seen it, make a new sheet in TrustDesk: the old code stops working.</source>
        <translation>und lesen, was dein Passwort öffnet. Bewahre ihn so sorgfältig auf wie einen Hausschlüssel. Wenn du glaubst, dass ihn jemand gesehen hat, erstelle in TrustDesk ein neues Blatt: Der alte Code funktioniert dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>Please confirm it is you</source>
        <translation>Bitte bestätige, dass du es bist</translation>
    </message>
    <message>
        <source>{name}, please confirm it is you</source>
        <translation>{name}, bitte bestätige, dass du es bist</translation>
    </message>
    <message>
        <source>What this is for</source>
        <translation>Wofür das ist</translation>
    </message>
    <message>
        <source>Only {name} types here, with their own password. It stays on this computer and is not saved.</source>
        <translation>Nur {name} tippt hier, mit dem eigenen Passwort. Es bleibt auf diesem Computer und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>{name}&apos;s &amp;password</source>
        <translation>&amp;Passwort von {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s password</source>
        <translation>Passwort von {name}</translation>
    </message>
    <message>
        <source>Confirm it is me</source>
        <translation>Ich bin es – bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s password. Take your time and try again; capital letters count.</source>
        <translation>Das ist nicht das Passwort von {name}. Nimm dir Zeit und versuch es noch einmal; Groß- und Kleinschreibung zählen.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Honest answers</source>
        <translation>Ehrliche Antworten</translation>
    </message>
    <message>
        <source>Questions are written privately and shared when the person asking is ready, as many as they choose. An answer is kept as it was given; more can be added below it.</source>
        <translation>Fragen werden privat geschrieben und geteilt, wenn die fragende Person bereit ist, so viele sie möchte. Eine Antwort bleibt so, wie sie gegeben wurde; darunter kann mehr hinzugefügt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Length of this session</source>
        <translation>Dauer dieser Sitzung</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>My questions, not yet shared</source>
        <translation>Meine Fragen, noch nicht geteilt</translation>
    </message>
    <message>
        <source>Only you can see these. Tick the ones to share.</source>
        <translation>Nur du kannst sie sehen. Hake die an, die du teilen möchtest.</translation>
    </message>
    <message>
        <source>A question I would like answered</source>
        <translation>Eine Frage, auf die ich gern eine Antwort hätte</translation>
    </message>
    <message>
        <source>A new question</source>
        <translation>Eine neue Frage</translation>
    </message>
    <message>
        <source>Keep this question</source>
        <translation>Diese Frage behalten</translation>
    </message>
    <message>
        <source>Remove ticked</source>
        <translation>Angehakte entfernen</translation>
    </message>
    <message>
        <source>Share the ticked questions</source>
        <translation>Die angehakten Fragen teilen</translation>
    </message>
    <message>
        <source>Shared questions</source>
        <translation>Geteilte Fragen</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Die Frage</translation>
    </message>
    <message>
        <source>Your answer, in your own words</source>
        <translation>Deine Antwort, in deinen eigenen Worten</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>An answer is kept as you give it; you can add more below.</source>
        <translation>Eine Antwort bleibt so, wie du sie gibst; darunter kannst du mehr hinzufügen.</translation>
    </message>
    <message>
        <source>Give this answer</source>
        <translation>Diese Antwort geben</translation>
    </message>
    <message>
        <source>or talk in person by</source>
        <translation>oder persönlich reden bis</translation>
    </message>
    <message>
        <source>Talk in person by this day</source>
        <translation>Bis zu diesem Tag persönlich reden</translation>
    </message>
    <message>
        <source>I will answer in person</source>
        <translation>Ich antworte persönlich</translation>
    </message>
    <message>
        <source>Something to add below</source>
        <translation>Etwas, das du darunter hinzufügen möchtest</translation>
    </message>
    <message>
        <source>A follow-up</source>
        <translation>Eine Ergänzung</translation>
    </message>
    <message>
        <source>Add below</source>
        <translation>Darunter hinzufügen</translation>
    </message>
    <message>
        <source>I have what I need</source>
        <translation>Ich habe, was ich brauche</translation>
    </message>
    <message>
        <source>Close this question; it stays here as it is</source>
        <translation>Diese Frage abschließen; sie bleibt so hier stehen</translation>
    </message>
    <message>
        <source>How long would you like to spend on this today?</source>
        <translation>Wie viel Zeit möchtest du heute dafür verwenden?</translation>
    </message>
    <message>
        <source>Sharing needs your partner in this vault</source>
        <translation>Zum Teilen muss dein Partner in diesem Tresor sein</translation>
    </message>
    <message>
        <source>You asked</source>
        <translation>Du hast gefragt</translation>
    </message>
    <message>
        <source>{name} asked</source>
        <translation>{name} hat gefragt</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Eine Frage</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Deine Fragen</translation>
    </message>
    <message>
        <source>Share questions</source>
        <translation>Fragen teilen</translation>
    </message>
    <message>
        <source>Tick the questions you would like to share, if any.</source>
        <translation>Hake die Fragen an, die du teilen möchtest, falls es welche gibt.</translation>
    </message>
    <message>
        <source>Choose a shared question to read it.</source>
        <translation>Wähle eine geteilte Frage, um sie zu lesen.</translation>
    </message>
    <message>
        <source>You answered, {day}:</source>
        <translation>Du hast am {day} geantwortet:</translation>
    </message>
    <message>
        <source>{name} answered, {day}:</source>
        <translation>{name} hat am {day} geantwortet:</translation>
    </message>
    <message>
        <source>You will answer in person, by {day}.</source>
        <translation>Du antwortest bis zum {day} persönlich.</translation>
    </message>
    <message>
        <source>{name} will answer in person, by {day}.</source>
        <translation>{name} antwortet bis zum {day} persönlich.</translation>
    </message>
    <message>
        <source>You added, {day}:</source>
        <translation>Du hast am {day} ergänzt:</translation>
    </message>
    <message>
        <source>{name} added, {day}:</source>
        <translation>{name} hat am {day} ergänzt:</translation>
    </message>
    <message>
        <source>Give this answer?</source>
        <translation>Diese Antwort geben?</translation>
    </message>
    <message>
        <source>Once given, an answer stays as it is. You can always add to it below.</source>
        <translation>Einmal gegeben, bleibt eine Antwort so, wie sie ist. Du kannst darunter jederzeit etwas ergänzen.</translation>
    </message>
    <message>
        <source>Give it</source>
        <translation>Antwort geben</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Answer in person</source>
        <translation>Persönlich antworten</translation>
    </message>
    <message>
        <source>Close the question</source>
        <translation>Die Frage abschließen</translation>
    </message>
    <message>
        <source>This session is yours until about {time}. You can stop whenever you like.</source>
        <translation>Diese Sitzung gehört dir bis etwa {time}. Du kannst aufhören, wann immer du möchtest.</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Jetzt beenden</translation>
    </message>
    <message>
        <source>Closed — “I have what I need.”</source>
        <translation>Abgeschlossen — „Ich habe, was ich brauche.“</translation>
    </message>
    <message>
        <source>Answered in writing</source>
        <translation>Schriftlich beantwortet</translation>
    </message>
    <message>
        <source>You will answer this in person, today</source>
        <translation>Du beantwortest das heute persönlich</translation>
    </message>
    <message>
        <source>You will answer this in person, by {day}</source>
        <translation>Du beantwortest das bis zum {day} persönlich</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Dein Partner</translation>
    </message>
    <message>
        <source>{name} will answer this in person, today</source>
        <translation>{name} beantwortet das heute persönlich</translation>
    </message>
    <message>
        <source>{name} will answer this in person, by {day}</source>
        <translation>{name} beantwortet das bis zum {day} persönlich</translation>
    </message>
    <message>
        <source>Waiting for an answer, in its own time</source>
        <translation>Wartet auf eine Antwort, die sich Zeit lassen darf</translation>
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
        <translation>Mit deinem Wiederherstellungscode ein neues Passwort festlegen</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Neues Passwort festlegen</translation>
    </message>
    <message>
        <source>That is more than a recovery code.</source>
        <translation>Das ist mehr als ein Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Der Code wird geprüft…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>TrustDesk keeps encrypted copies of the vault, made when it was opened. Choose the one to go back to; the newest is at the top.</source>
        <translation>TrustDesk bewahrt verschlüsselte Kopien des Tresors auf, die beim Öffnen erstellt wurden. Wähle die, zu der du zurückkehren möchtest; die neueste steht oben.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n more characters of the code.</source>
        <translation>
            <numerusform>Noch %n Zeichen des Codes.</numerusform>
            <numerusform>Noch %n Zeichen des Codes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>If you ever forget your password, this code lets you choose a new one. Write it down and keep it where only you can reach it: nobody else can open your private space for you.</source>
        <translation>Falls du dein Passwort einmal vergisst, kannst du mit diesem Code ein neues wählen. Schreib ihn auf und bewahre ihn dort auf, wo nur du herankommst: Niemand sonst kann deinen privaten Raum für dich öffnen.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Das Wiederherstellungsblatt drucken</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Das Wiederherstellungsblatt als PDF speichern</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>Paper and PDF copies are not encrypted: keep them where only you can reach them.</source>
        <translation>Papier- und PDF-Kopien sind nicht verschlüsselt: Bewahre sie dort auf, wo nur du herankommst.</translation>
    </message>
    <message>
        <source>Recovery code kept</source>
        <translation>Wiederherstellungscode aufbewahrt</translation>
    </message>
    <message>
        <source>I have kept my recovery code somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungscode an einem sicheren Ort aufbewahrt</translation>
    </message>
    <message>
        <source>You can sign in with Partners → Switch partner, or the next time TrustDesk is unlocked.</source>
        <translation>Du kannst dich über Partner → Partner wechseln anmelden oder beim nächsten Entsperren von TrustDesk.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>TrustDesk — Recovery</source>
        <translation>TrustDesk — Wiederherstellung</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Ein neues Passwort festlegen</translation>
    </message>
    <message>
        <source>Type the recovery code from your recovery sheet, then choose a new password. Your journal, agreement and check-ins stay exactly as they are.</source>
        <translation>Tippe den Wiederherstellungscode von deinem Wiederherstellungsblatt ein und wähle dann ein neues Passwort. Dein Tagebuch, eure Vereinbarung und eure Check-ins bleiben genau so, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <source>Capitals, spaces and dashes do not matter.</source>
        <translation>Großbuchstaben, Leerzeichen und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
</context>
<context>
    <name>RemovePartnerDialog</name>
    <message>
        <source>Remove a partner</source>
        <translation>Einen Partner entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from this vault</source>
        <translation>{name} aus diesem Tresor entfernen</translation>
    </message>
    <message>
        <source>{name} will no longer be able to open this vault: their password and recovery code stop working.</source>
        <translation>{name} wird diesen Tresor nicht mehr öffnen können: Passwort und Wiederherstellungscode von {name} funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Their private space is not deleted, but no one will be able to open it any more — not you, and not {name}.</source>
        <translation>Der private Raum von {name} wird nicht gelöscht, aber niemand kann ihn mehr öffnen – weder du noch {name}.</translation>
    </message>
    <message>
        <source>The shared space stays whole: the agreement, check-ins, appreciations and shared notes, including everything {name} wrote there.</source>
        <translation>Der gemeinsame Raum bleibt vollständig erhalten: die Vereinbarung, Check-ins, Wertschätzungen und gemeinsame Notizen, auch alles, was {name} dort geschrieben hat.</translation>
    </message>
    <message>
        <source>The shared space gets a new key, so keys they may have kept open nothing written from now on. A backup of the whole vault is made first; like every backup, it is re-protected so that {name}&apos;s password opens none.</source>
        <translation>Der gemeinsame Raum bekommt einen neuen Schlüssel, sodass Schlüssel, die {name} vielleicht behalten hat, nichts mehr öffnen, was ab jetzt geschrieben wird. Zuerst wird eine Sicherung des ganzen Tresors erstellt; wie jede Sicherung wird sie neu geschützt, sodass das Passwort von {name} keine davon öffnet.</translation>
    </message>
    <message>
        <source>If {name} can be here, it is kinder to let them leave with their own password instead.</source>
        <translation>Wenn {name} dabei sein kann, ist es freundlicher, {name} stattdessen mit dem eigenen Passwort gehen zu lassen.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Ich verstehe</translation>
    </message>
    <message>
        <source>I understand that {name} can no longer open this vault</source>
        <translation>Ich verstehe, dass {name} diesen Tresor nicht mehr öffnen kann</translation>
    </message>
    <message>
        <source>To confirm, type the word “{word}”</source>
        <translation>Tippe zur Bestätigung das Wort „{word}“ ein</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Tippe {word} ein, um zu bestätigen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RenewKeyPage</name>
    <message>
        <source>Renew the shared key</source>
        <translation>Den gemeinsamen Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Someone who once shared this vault may have kept a copy of its old keys. A new key for the shared space makes sure those keys no longer open it.</source>
        <translation>Jemand, der diesen Tresor einmal geteilt hat, hat vielleicht eine Kopie seiner alten Schlüssel behalten. Ein neuer Schlüssel für den gemeinsamen Raum stellt sicher, dass diese Schlüssel ihn nicht mehr öffnen.</translation>
    </message>
    <message>
        <source>Nothing in the vault changes or is lost. Your password stays the same; your recovery code is replaced by a new one, shown next.</source>
        <translation>Im Tresor ändert sich nichts und nichts geht verloren. Dein Passwort bleibt gleich; dein Wiederherstellungscode wird durch einen neuen ersetzt, der als Nächstes angezeigt wird.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Dein Passwort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Check-in summaries</source>
        <translation>Zusammenfassungen der Check-ins</translation>
    </message>
    <message>
        <source>How we have been feeling (charts)</source>
        <translation>Wie es uns ergangen ist (Diagramme)</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Wertschätzungen</translation>
    </message>
    <message>
        <source>Our current agreement</source>
        <translation>Unsere aktuelle Vereinbarung</translation>
    </message>
    <message>
        <source>Check-in report</source>
        <translation>Check-in-Bericht</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>Until {day}</source>
        <translation>Bis {day}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>TrustDesk · check-in report</source>
        <translation>TrustDesk · Check-in-Bericht</translation>
    </message>
    <message>
        <source>Our check-ins</source>
        <translation>Unsere Check-ins</translation>
    </message>
    <message>
        <source>My check-ins</source>
        <translation>Meine Check-ins</translation>
    </message>
    <message>
        <source>Prepared in TrustDesk to bring to a therapist. It holds what we shared at our check-ins, how each of us rated how we feel, the appreciations we gave each other and our current agreement. Private journals and private reflections are never included.</source>
        <translation>In TrustDesk erstellt, um ihn zu einer Therapeutin oder einem Therapeuten mitzubringen. Er enthält, was wir in unseren Check-ins geteilt haben, wie jeder von uns sein Befinden bewertet hat, die Wertschätzungen, die wir einander gegeben haben, und unsere aktuelle Vereinbarung. Private Tagebücher und private Reflexionen sind nie enthalten.</translation>
    </message>
    <message>
        <source>Prepared in TrustDesk to bring to a therapist. Private journal entries and private reflections are never included.</source>
        <translation>In TrustDesk erstellt, um ihn zu einer Therapeutin oder einem Therapeuten mitzubringen. Private Tagebucheinträge und private Reflexionen sind nie enthalten.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>No check-ins were saved in this period.</source>
        <translation>In diesem Zeitraum wurden keine Check-ins gespeichert.</translation>
    </message>
    <message>
        <source>Version {number} of the agreement was signed on {day}.</source>
        <translation>Version {number} der Vereinbarung wurde am {day} unterschrieben.</translation>
    </message>
    <message>
        <source>The agreement in force is version {number}.</source>
        <translation>Die geltende Vereinbarung ist Version {number}.</translation>
    </message>
    <message>
        <source>How we have been feeling</source>
        <translation>Wie es uns ergangen ist</translation>
    </message>
    <message>
        <source>Each line is one of us, from 0 to 10; dashed lines mark a signed version of the agreement. Answers left out or “rather not say” are not drawn.</source>
        <translation>Jede Linie steht für einen von uns, von 0 bis 10; gestrichelte Linien markieren eine unterschriebene Version der Vereinbarung. Ausgelassene Antworten oder „lieber nicht sagen“ werden nicht gezeichnet.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>a former partner</source>
        <translation>ein früherer Partner</translation>
    </message>
    <message>
        <source>A former partner</source>
        <translation>Ein früherer Partner</translation>
    </message>
    <message>
        <source>kept as it is</source>
        <translation>bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>to revisit together</source>
        <translation>wird gemeinsam neu angesehen</translation>
    </message>
    <message>
        <source>Agreement looked at again: “{clause}” — {outcome}.</source>
        <translation>Vereinbarung noch einmal angesehen: „{clause}“ — {outcome}.</translation>
    </message>
    <message>
        <source>{giver} to {receiver}</source>
        <translation>{giver} an {receiver}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What was noticed</source>
        <translation>Was aufgefallen ist</translation>
    </message>
    <message>
        <source>Exploring together</source>
        <translation>Gemeinsam entdecken</translation>
    </message>
    <message>
        <source>We both chose to include this. It shows only what we both welcomed; our own answers, readiness and notes stay private.</source>
        <translation>Wir haben uns beide entschieden, das aufzunehmen. Es zeigt nur, was wir beide willkommen geheißen haben; unsere eigenen Antworten, unsere Bereitschaft und unsere Notizen bleiben privat.</translation>
    </message>
    <message>
        <source>Things we both said yes to: </source>
        <translation>Dinge, zu denen wir beide Ja gesagt haben: </translation>
    </message>
    <message>
        <source>Things we are both open to talking about: </source>
        <translation>Dinge, über die wir beide offen reden möchten: </translation>
    </message>
    <message>
        <source>No matches kept at the moment.</source>
        <translation>Im Moment sind keine Gemeinsamkeiten aufbewahrt.</translation>
    </message>
    <message>
        <source>We are at step {number} of {steps}: {step}.</source>
        <translation>Wir sind bei Schritt {number} von {steps}: {step}.</translation>
    </message>
    <message>
        <source>No agreement has been written yet.</source>
        <translation>Es wurde noch keine Vereinbarung geschrieben.</translation>
    </message>
    <message>
        <source>A draft, not signed yet.</source>
        <translation>Ein Entwurf, noch nicht unterschrieben.</translation>
    </message>
    <message>
        <source>Version {number}, signed on {day}.</source>
        <translation>Version {number}, unterschrieben am {day}.</translation>
    </message>
    <message>
        <source>Version {number}.</source>
        <translation>Version {number}.</translation>
    </message>
    <message>
        <source>Some changes since then are still being talked about; they are not shown.</source>
        <translation>Über einige Änderungen seitdem wird noch gesprochen; sie werden nicht gezeigt.</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Warum es uns wichtig ist:</translation>
    </message>
    <message numerus="yes">
        <source>We have not opened the first of our %n steps yet.</source>
        <translation>
            <numerusform>Wir haben unseren %n Schritt noch nicht geöffnet.</numerusform>
            <numerusform>Wir haben den ersten unserer %n Schritte noch nicht geöffnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins in this period, the first on {first} and the latest on {last}.</source>
        <translation>
            <numerusform>%n Check-in in diesem Zeitraum, der erste am {first} und der letzte am {last}.</numerusform>
            <numerusform>%n Check-ins in diesem Zeitraum, der erste am {first} und der letzte am {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a therapist</source>
        <translation>Bericht für die Therapie</translation>
    </message>
    <message>
        <source>A report to bring to your therapist</source>
        <translation>Ein Bericht zum Mitbringen in die Therapie</translation>
    </message>
    <message>
        <source>Choose a stretch of time. The report holds what you shared at check-ins; private journals and private reflections are never part of it.</source>
        <translation>Wähle einen Zeitraum. Der Bericht enthält, was ihr in Check-ins geteilt habt; private Tagebücher und private Reflexionen gehören nie dazu.</translation>
    </message>
    <message>
        <source>Which stretch of time</source>
        <translation>Welcher Zeitraum</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>Die letzten 6 Monate</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>Das letzte Jahr</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>Zwischen zwei Daten</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Ab diesem Tag</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Bis zu diesem Tag</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Was enthalten sein soll</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A boundary needs a few words. What would you like to agree on?</source>
        <translation>Eine Grenze braucht ein paar Worte. Was soll darin stehen?</translation>
    </message>
    <message>
        <source>This is longer than {limit} characters. Could it be split into two boundaries?</source>
        <translation>Das ist länger als {limit} Zeichen. Ließe es sich in zwei Grenzen aufteilen?</translation>
    </message>
    <message>
        <source>Only the person themselves can agree, after confirming it is them with their own password.</source>
        <translation>Nur die Person selbst kann zustimmen, nachdem sie mit dem eigenen Passwort bestätigt hat, dass sie es ist.</translation>
    </message>
    <message>
        <source>Only the person themselves can agree to a boundary, after confirming it is them with their own password.</source>
        <translation>Nur die Person selbst kann einer Grenze zustimmen, nachdem sie mit dem eigenen Passwort bestätigt hat, dass sie es ist.</translation>
    </message>
    <message>
        <source>Only the person themselves can sign, after confirming it is them with their own password.</source>
        <translation>Nur die Person selbst kann unterschreiben, nachdem sie mit dem eigenen Passwort bestätigt hat, dass sie es ist.</translation>
    </message>
    <message>
        <source>Only the person themselves can withdraw their agreement, after confirming it is them with their own password.</source>
        <translation>Nur die Person selbst kann ihre Zustimmung zurücknehmen, nachdem sie mit dem eigenen Passwort bestätigt hat, dass sie es ist.</translation>
    </message>
    <message>
        <source>Only a current partner of this journal can agree to a boundary.</source>
        <translation>Nur ein aktueller Partner dieses Tresors kann einer Grenze zustimmen.</translation>
    </message>
    <message>
        <source>This boundary is retired. Bring it back first if you want to agree to it again.</source>
        <translation>Diese Grenze ist außer Kraft gesetzt. Hol sie zuerst zurück, wenn du ihr wieder zustimmen möchtest.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status a boundary can have.</source>
        <translation>„{status}“ ist kein Status, den eine Grenze haben kann.</translation>
    </message>
    <message>
        <source>A boundary is agreed when each of you has said yes to it. Use “I agree” for each of you instead.</source>
        <translation>Eine Grenze ist vereinbart, wenn jeder von euch Ja zu ihr gesagt hat. Nutzt stattdessen für jeden von euch „Ich stimme zu“.</translation>
    </message>
    <message>
        <source>This boundary is agreed by both of you, so it is not deleted on its own. You can mark it “Needs talking about”, or retire it, and it stays in your history.</source>
        <translation>Dieser Grenze habt ihr beide zugestimmt, daher wird sie nicht einfach gelöscht. Du kannst sie als „Muss besprochen werden“ markieren oder sie außer Kraft setzen, und sie bleibt in eurer Geschichte erhalten.</translation>
    </message>
    <message>
        <source>There is no one here to sign.</source>
        <translation>Hier ist niemand, der unterschreiben könnte.</translation>
    </message>
    <message>
        <source>There is nothing to sign yet: add a boundary first.</source>
        <translation>Es gibt noch nichts zu unterschreiben: Füge zuerst eine Grenze hinzu.</translation>
    </message>
    <message>
        <source>{boundary} still waits for {first} and {second} to agree.</source>
        <translation>Bei {boundary} fehlt noch die Zustimmung von {first} und {second}.</translation>
    </message>
    <message>
        <source>{boundary} still waits for {names} to agree.</source>
        <translation>Bei {boundary} fehlt noch die Zustimmung von {names}.</translation>
    </message>
    <message>
        <source>{boundary} is marked “{status}”. Settle it first (mark it agreed, or retire it).</source>
        <translation>{boundary} ist als „{status}“ markiert. Klärt das zuerst (als vereinbart markieren oder außer Kraft setzen).</translation>
    </message>
    <message>
        <source>Nothing has changed since version {version}, which you already signed.</source>
        <translation>Seit Version {version}, die ihr schon unterschrieben habt, hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Each of you signs once.</source>
        <translation>Jeder von euch unterschreibt einmal.</translation>
    </message>
    <message>
        <source>Only current partners of this journal can sign.</source>
        <translation>Nur aktuelle Partner dieses Tresors können unterschreiben.</translation>
    </message>
    <message>
        <source>{name}, please confirm with your password to sign.</source>
        <translation>{name}, bitte bestätige mit deinem Passwort, um zu unterschreiben.</translation>
    </message>
    <message>
        <source>Please keep a note under {limit} characters.</source>
        <translation>Bitte halte eine Notiz unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>An item needs a few words.</source>
        <translation>Ein Punkt braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>Please keep an item under {limit} characters.</source>
        <translation>Bitte halte einen Punkt unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>A step needs a short name.</source>
        <translation>Ein Schritt braucht einen kurzen Namen.</translation>
    </message>
    <message>
        <source>Please keep a step&apos;s name under {limit} characters.</source>
        <translation>Bitte halte den Namen eines Schritts unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Please keep each part of a step under {limit} characters.</source>
        <translation>Bitte halte jeden Teil eines Schritts unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>{reason} {more}</source>
        <translation>{reason} {more}</translation>
    </message>
    <message>
        <source>That boundary is no longer in the agreement.</source>
        <translation>Diese Grenze steht nicht mehr in der Vereinbarung.</translation>
    </message>
    <message>
        <source>A new boundary starts as a draft or a proposal.</source>
        <translation>Eine neue Grenze beginnt als Entwurf oder Vorschlag.</translation>
    </message>
    <message>
        <source>That heading is no longer in the agreement.</source>
        <translation>Diese Überschrift steht nicht mehr in der Vereinbarung.</translation>
    </message>
    <message>
        <source>This boundary is retired; there is nothing to revisit.</source>
        <translation>Diese Grenze ist außer Kraft gesetzt; es gibt nichts neu anzusehen.</translation>
    </message>
    <message>
        <source>A heading needs a few words.</source>
        <translation>Eine Überschrift braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>Please keep a heading under 200 characters.</source>
        <translation>Bitte halte eine Überschrift unter 200 Zeichen.</translation>
    </message>
    <message>
        <source>That date could not be read.</source>
        <translation>Dieses Datum konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A milestone needs a few words: what happened?</source>
        <translation>Ein Meilenstein braucht ein paar Worte: Was ist passiert?</translation>
    </message>
    <message>
        <source>Please keep the title under {limit} characters.</source>
        <translation>Bitte halte den Titel unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>Bitte halte die Notiz unter {limit} Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more boundaries also wait.)</source>
        <translation>
            <numerusform>(%n weitere Grenze wartet ebenfalls.)</numerusform>
            <numerusform>(%n weitere Grenzen warten ebenfalls.)</numerusform>
        </translation>
    </message>
    <message>
        <source>a check-in needs at least one partner taking part</source>
        <translation>an einem Check-in muss mindestens ein Partner teilnehmen</translation>
    </message>
    <message>
        <source>the private reflection is too long</source>
        <translation>die private Reflexion ist zu lang</translation>
    </message>
    <message>
        <source>Something in this check-in cannot be stored ({detail}). An answer may be at most {limit} characters; longer writing fits in the journal.</source>
        <translation>Etwas in diesem Check-in kann nicht gespeichert werden ({detail}). Eine Antwort darf höchstens {limit} Zeichen lang sein; Längeres passt ins Tagebuch.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Is working on this together safe for us now?</source>
        <translation>Ist es für uns gerade sicher, gemeinsam daran zu arbeiten?</translation>
    </message>
    <message>
        <source>This is a page to read on your own, whenever you like. Nobody needs to answer it in front of the other, and TrustDesk keeps no note that you read it.</source>
        <translation>Diese Seite kannst du allein lesen, wann immer du möchtest. Niemand muss sie vor dem anderen beantworten, und TrustDesk merkt sich nicht, dass du sie gelesen hast.</translation>
    </message>
    <message>
        <source>Working on trust together needs both of you to be safe with each other. If you are afraid of your partner — of their anger, of what they might do, of being watched, pressured or hurt — then couples work, including this app, may not be safe for you right now. That is not a failure, and it is not your fault.</source>
        <translation>Gemeinsam an Vertrauen zu arbeiten setzt voraus, dass ihr beide miteinander sicher seid. Wenn du Angst vor deinem Partner hast – vor seiner Wut, vor dem, was er tun könnte, davor, überwacht, unter Druck gesetzt oder verletzt zu werden –, dann ist Paararbeit, auch mit dieser App, für dich gerade vielleicht nicht sicher. Das ist kein Versagen, und es ist nicht deine Schuld.</translation>
    </message>
    <message>
        <source>Some signs to take seriously: you change what you say or write because of how they might react; they check your phone or messages, or insist on seeing what you wrote; they push you into closeness or sex you do not want; you feel you have to ask for permission to see friends or spend money.</source>
        <translation>Einige Zeichen, die du ernst nehmen solltest: Du änderst, was du sagst oder schreibst, weil du fürchtest, wie er reagieren könnte; er kontrolliert dein Handy oder deine Nachrichten oder besteht darauf, zu sehen, was du geschrieben hast; er drängt dich zu Nähe oder Sex, die du nicht willst; du hast das Gefühl, um Erlaubnis bitten zu müssen, um Freunde zu treffen oder Geld auszugeben.</translation>
    </message>
    <message>
        <source>If that sounds familiar, you can use TrustDesk alone: set it up as “just me”, with a password only you know, as a private journal. Your private space can never be opened by anyone else.</source>
        <translation>Wenn dir das bekannt vorkommt, kannst du TrustDesk allein nutzen: Richte es als „nur ich“ ein, mit einem Passwort, das nur du kennst, als privates Tagebuch. Dein privater Raum kann nie von jemand anderem geöffnet werden.</translation>
    </message>
    <message>
        <source>Support exists where you live: domestic abuse and sexual violence helplines and advice services, your doctor, a counsellor or therapist who sees people on their own, and, if you are in danger, the emergency services. A trusted friend can help you look for them. You can keep their details on your private “People who help me” card.</source>
        <translation>Auch dort, wo du lebst, gibt es Hilfe: Hilfetelefone und Beratungsstellen bei häuslicher und sexualisierter Gewalt, deine Ärztin oder dein Arzt, Beratende oder Therapeutinnen und Therapeuten, die auch Einzelne begleiten, und, wenn du in Gefahr bist, der Notruf. Eine Vertrauensperson kann dir helfen, sie zu finden. Du kannst ihre Kontaktdaten auf deiner privaten Karte „Menschen, die mir helfen“ festhalten.</translation>
    </message>
    <message>
        <source>Quick hide (Ctrl+Shift+H) locks and hides TrustDesk at once. Discreet mode, in Settings, shows it as a plain “Journal” in the window title and the menu.</source>
        <translation>Schnell verstecken (Ctrl+Shift+H) sperrt und versteckt TrustDesk sofort. Der unauffällige Modus in den Einstellungen zeigt es im Fenstertitel und im Menü als schlichtes „Tagebuch“ an.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>From your region</source>
        <translation>Aus deiner Region</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>These preferences stay on this computer. They never hold anything you wrote.</source>
        <translation>Diese Einstellungen bleiben auf diesem Computer. Sie enthalten nie etwas, das du geschrieben hast.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes (0: never)</source>
        <translation>Sperren nach Minuten ohne Nutzung (0: nie)</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Sperren, wenn der Bildschirm gesperrt wird oder der Computer in den Ruhezustand geht</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Sprache (ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Discreet mode: show a plain “Journal” name and icon in the title, menu and taskbar</source>
        <translation>Unauffälliger Modus: nur „Tagebuch“ mit schlichtem Symbol in Titel, Menü und Taskleiste</translation>
    </message>
    <message>
        <source>Last vault folder</source>
        <translation>Letzter Tresorordner</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the agreement</source>
        <translation>Die Vereinbarung unterschreiben</translation>
    </message>
    <message>
        <source>Sign your commitment (version {number})</source>
        <translation>Deine Verpflichtung unterschreiben (Version {number})</translation>
    </message>
    <message>
        <source>Sign version {number} together</source>
        <translation>Version {number} gemeinsam unterschreiben</translation>
    </message>
    <message>
        <source>This is exactly what you are signing. Read it through. Once signed, this version never changes; later changes become a new version.</source>
        <translation>Genau das unterschreibst du. Lies es in Ruhe durch. Einmal unterschrieben, ändert sich diese Version nie mehr; spätere Änderungen werden zu einer neuen Version.</translation>
    </message>
    <message>
        <source>This is exactly what you are signing. Read it through together. Once signed, this version never changes; later changes become a new version.</source>
        <translation>Genau das unterschreibt ihr. Lest es gemeinsam in Ruhe durch. Einmal unterschrieben, ändert sich diese Version nie mehr; spätere Änderungen werden zu einer neuen Version.</translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation>Was unterschrieben wird</translation>
    </message>
    <message>
        <source>Not ready to sign yet</source>
        <translation>Noch nicht bereit zum Unterschreiben</translation>
    </message>
    <message>
        <source>Why signing is not possible yet</source>
        <translation>Warum das Unterschreiben noch nicht möglich ist</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>SwitchPartnerDialog</name>
    <message>
        <source>Switch partner</source>
        <translation>Partner wechseln</translation>
    </message>
    <message>
        <source>{name}, type your password to sign in. {me}&apos;s private space closes; the shared space stays open.</source>
        <translation>{name}, tippe dein Passwort ein, um dich anzumelden. Der private Raum von {me} schließt sich; der gemeinsame Raum bleibt offen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Wertschätzungen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>My journal</source>
        <translation>Mein Tagebuch</translation>
    </message>
    <message>
        <source>Shared notes</source>
        <translation>Gemeinsame Notizen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Past 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Zwischen zwei Daten…</translation>
    </message>
    <message>
        <source>{kind}: shown — click to hide them</source>
        <translation>{kind}: angezeigt — klicken, um sie auszublenden</translation>
    </message>
    <message>
        <source>{kind} are shown</source>
        <translation>{kind}: angezeigt</translation>
    </message>
    <message>
        <source>{kind}: hidden — click to show them</source>
        <translation>{kind}: ausgeblendet — klicken, um sie anzuzeigen</translation>
    </message>
    <message>
        <source>{kind} are hidden</source>
        <translation>{kind}: ausgeblendet</translation>
    </message>
    <message>
        <source>Moments you share in TrustDesk gather here: check-ins, appreciations, your agreement, journal entries and milestones.</source>
        <translation>Momente, die ihr in TrustDesk teilt, sammeln sich hier: Check-ins, Wertschätzungen, eure Vereinbarung, Tagebucheinträge und Meilensteine.</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try fewer words, or another stretch of time.</source>
        <translation>Nichts passt zu diesen Filtern. Versuch es mit weniger Wörtern oder einem anderen Zeitraum.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Add a milestone…</source>
        <translation>Meilenstein hinzufügen…</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Report for a therapist…</source>
        <translation>Bericht für die Therapie…</translation>
    </message>
    <message>
        <source>Make a report for a therapist</source>
        <translation>Einen Bericht für die Therapie erstellen</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momente</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <source>Show {kind}</source>
        <translation>{kind} anzeigen</translation>
    </message>
    <message>
        <source>Whose moments</source>
        <translation>Wessen Momente</translation>
    </message>
    <message>
        <source>Which stretch of time</source>
        <translation>Welcher Zeitraum</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Ab diesem Tag</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Bis zu diesem Tag</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Die Zeitleiste durchsuchen</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Bring the removed milestone back</source>
        <translation>Den entfernten Meilenstein zurückholen</translation>
    </message>
    <message>
        <source>“{title}” was removed from your timeline.</source>
        <translation>„{title}“ wurde aus deiner Zeitleiste entfernt.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>{name}’s</source>
        <translation>Von {name}</translation>
    </message>
    <message>
        <source>This is no longer there</source>
        <translation>Das gibt es nicht mehr</translation>
    </message>
    <message>
        <source>It was removed after this moment happened.</source>
        <translation>Es wurde entfernt, nachdem dieser Moment stattgefunden hat.</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} von 10</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>Trend chart: {feeling}</source>
        <translation>Verlaufsdiagramm: {feeling}</translation>
    </message>
    <message>
        <source>Check-in answers will show here over time.</source>
        <translation>Hier erscheinen mit der Zeit die Antworten aus den Check-ins.</translation>
    </message>
    <message>
        <source>Which feeling the chart shows</source>
        <translation>Welches Gefühl das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Which stretch of time the chart shows</source>
        <translation>Welchen Zeitraum das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>The chart in words</source>
        <translation>Das Diagramm in Worten</translation>
    </message>
    <message>
        <source>Each line is one of you, in your own colour. Dashed lines mark the days you signed a version of your agreement. Answers left out or “rather not say” are simply not drawn.</source>
        <translation>Jede Linie steht für einen von euch, in eurer eigenen Farbe. Gestrichelte Linien markieren die Tage, an denen ihr eine Version eurer Vereinbarung unterschrieben habt. Ausgelassene Antworten oder „lieber nicht sagen“ werden einfach nicht gezeichnet.</translation>
    </message>
    <message>
        <source>Hide the changes ▴</source>
        <translation>Änderungen ausblenden ▴</translation>
    </message>
    <message numerus="yes">
        <source>%n yeses given</source>
        <translation>
            <numerusform>%n Zustimmung gegeben</numerusform>
            <numerusform>%n Zustimmungen gegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries agreed</source>
        <translation>
            <numerusform>%n Grenze vereinbart</numerusform>
            <numerusform>%n Grenzen vereinbart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reworded</source>
        <translation>
            <numerusform>%n umformuliert</numerusform>
            <numerusform>%n umformuliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes suggested</source>
        <translation>
            <numerusform>%n Änderung vorgeschlagen</numerusform>
            <numerusform>%n Änderungen vorgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements taken back</source>
        <translation>
            <numerusform>%n Zustimmung zurückgenommen</numerusform>
            <numerusform>%n Zustimmungen zurückgenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retired</source>
        <translation>
            <numerusform>%n außer Kraft gesetzt</numerusform>
            <numerusform>%n außer Kraft gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review dates set</source>
        <translation>
            <numerusform>%n Prüfdatum festgelegt</numerusform>
            <numerusform>%n Prüfdaten festgelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reasons put into words</source>
        <translation>
            <numerusform>%n Begründung formuliert</numerusform>
            <numerusform>%n Begründungen formuliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headings changed</source>
        <translation>
            <numerusform>%n Überschrift geändert</numerusform>
            <numerusform>%n Überschriften geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n changes ▾</source>
        <translation>
            <numerusform>%n Änderung anzeigen ▾</numerusform>
            <numerusform>%n Änderungen anzeigen ▾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes; Space hides them</source>
        <translation>
            <numerusform>%n Änderung; die Leertaste blendet sie aus</numerusform>
            <numerusform>%n Änderungen; die Leertaste blendet sie aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes; Space shows them</source>
        <translation>
            <numerusform>%n Änderung; die Leertaste zeigt sie an</numerusform>
            <numerusform>%n Änderungen; die Leertaste zeigt sie an</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Wertschätzung</translation>
    </message>
    <message>
        <source>Signed agreement</source>
        <translation>Unterschriebene Vereinbarung</translation>
    </message>
    <message>
        <source>Agreement change</source>
        <translation>Änderung der Vereinbarung</translation>
    </message>
    <message>
        <source>Private journal</source>
        <translation>Privates Tagebuch</translation>
    </message>
    <message>
        <source>Shared note</source>
        <translation>Gemeinsame Notiz</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>We worked on the agreement</source>
        <translation>Wir haben an der Vereinbarung gearbeitet</translation>
    </message>
    <message>
        <source>I worked on my commitments</source>
        <translation>Ich habe an meinen Verpflichtungen gearbeitet</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>An effort noticed</source>
        <translation>Eine Bemühung, die aufgefallen ist</translation>
    </message>
    <message>
        <source>{name} noticed an effort</source>
        <translation>{name} ist eine Bemühung aufgefallen</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>Signed by {names}</source>
        <translation>Unterschrieben von {names}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this milestone?</source>
        <translation>Diesen Meilenstein entfernen?</translation>
    </message>
    <message>
        <source>It will no longer be on your timeline.</source>
        <translation>Er steht dann nicht mehr in deiner Zeitleiste.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>A clause was added</source>
        <translation>Eine Grenze wurde hinzugefügt</translation>
    </message>
    <message>
        <source>A clause was reworded</source>
        <translation>Eine Grenze wurde umformuliert</translation>
    </message>
    <message>
        <source>A clause changed status</source>
        <translation>Der Status einer Grenze hat sich geändert</translation>
    </message>
    <message>
        <source>Consent was given</source>
        <translation>Eine Zustimmung wurde gegeben</translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation>Eine Zustimmung wurde zurückgenommen</translation>
    </message>
    <message>
        <source>A clause was moved</source>
        <translation>Eine Grenze wurde verschoben</translation>
    </message>
    <message>
        <source>A clause was removed</source>
        <translation>Eine Grenze wurde entfernt</translation>
    </message>
    <message>
        <source>A clause was opened for revisiting</source>
        <translation>Eine Grenze wurde zum erneuten Ansehen geöffnet</translation>
    </message>
    <message>
        <source>A review date was set</source>
        <translation>Ein Prüfdatum wurde festgelegt</translation>
    </message>
    <message>
        <source>Why a clause matters was put into words</source>
        <translation>Warum eine Grenze wichtig ist, wurde in Worte gefasst</translation>
    </message>
    <message>
        <source>A revised clause took the place of the old one</source>
        <translation>Eine überarbeitete Grenze hat die alte ersetzt</translation>
    </message>
    <message>
        <source>A change to a clause was proposed</source>
        <translation>Eine Änderung an einer Grenze wurde vorgeschlagen</translation>
    </message>
    <message>
        <source>A heading was added</source>
        <translation>Eine Überschrift wurde hinzugefügt</translation>
    </message>
    <message>
        <source>A heading was renamed</source>
        <translation>Eine Überschrift wurde umbenannt</translation>
    </message>
    <message>
        <source>A heading was removed</source>
        <translation>Eine Überschrift wurde entfernt</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>The agreement changed</source>
        <translation>Die Vereinbarung hat sich geändert</translation>
    </message>
    <message>
        <source>A clause is now “{status}”</source>
        <translation>Eine Grenze ist jetzt „{status}“</translation>
    </message>
    <message>
        <source>Reworded — asks for agreement again</source>
        <translation>Umformuliert — braucht erneut Zustimmung</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <source>{name} agreed (confirmed in person)</source>
        <translation>{name} hat zugestimmt (persönlich bestätigt)</translation>
    </message>
    <message>
        <source>{name} agreed</source>
        <translation>{name} hat zugestimmt</translation>
    </message>
    <message>
        <source>{name} took back their agreement</source>
        <translation>{name} hat die Zustimmung zurückgenommen</translation>
    </message>
    <message>
        <source>Agreement version {number} signed</source>
        <translation>Version {number} der Vereinbarung unterschrieben</translation>
    </message>
</context>
<context>
    <name>Together</name>
    <message>
        <source>Together, at our own pace</source>
        <translation>Gemeinsam, in unserem eigenen Tempo</translation>
    </message>
    <message>
        <source>Our matches</source>
        <translation>Gemeinsamkeiten</translation>
    </message>
    <message>
        <source>One of you changed an answer — that is always okay.</source>
        <translation>Einer von euch hat eine Antwort geändert — das ist immer in Ordnung.</translation>
    </message>
    <message>
        <source>When you look together, an item shows only if you both welcome it: as a yes when you both said yes, or as something to talk about when either of you said “Maybe, let&apos;s talk”. A “Not now” or a “No” is never shown.</source>
        <translation>Wenn ihr gemeinsam schaut, erscheint ein Punkt nur, wenn ihr ihn beide willkommen heißt: als Ja, wenn ihr beide Ja gesagt habt, oder als Gesprächsthema, wenn einer von euch „Vielleicht, lass uns reden“ gesagt hat. Ein „Nicht jetzt“ oder ein „Nein“ wird nie gezeigt.</translation>
    </message>
    <message>
        <source>Together you are about to see what you both said yes to. Only matches are shown; no other answer is.</source>
        <translation>Ihr seid dabei, gemeinsam zu sehen, wozu ihr beide Ja gesagt habt. Es werden nur Gemeinsamkeiten gezeigt, keine anderen Antworten.</translation>
    </message>
    <message>
        <source>Answer on your own, at your own pace. Your answers stay in your private space: your partner never sees them. When you both want to, you can look together at the things you both said yes to — and only those.</source>
        <translation>Antworte für dich, in deinem eigenen Tempo. Deine Antworten bleiben in deinem privaten Raum: Dein Partner sieht sie nie. Wenn ihr beide möchtet, könnt ihr euch gemeinsam ansehen, wozu ihr beide Ja gesagt habt — und nur das.</translation>
    </message>
    <message>
        <source>Desire list</source>
        <translation>Wunschliste</translation>
    </message>
    <message>
        <source>Keys 1 to 5 answer the chosen item; 0 leaves it unanswered.</source>
        <translation>Die Tasten 1 bis 5 beantworten den gewählten Punkt; 0 lässt ihn unbeantwortet.</translation>
    </message>
    <message>
        <source>Choose an item in the list to answer it.</source>
        <translation>Wähle einen Punkt in der Liste, um ihn zu beantworten.</translation>
    </message>
    <message>
        <source>How, with care? (only you see this until a match)</source>
        <translation>Was heißt behutsam für dich? (nur du siehst das, bis es eine Gemeinsamkeit gibt)</translation>
    </message>
    <message>
        <source>How, with care</source>
        <translation>Was behutsam heißt</translation>
    </message>
    <message>
        <source>Leave unanswered</source>
        <translation>Unbeantwortet lassen</translation>
    </message>
    <message>
        <source>You can change any answer at any time. A no needs no reason.</source>
        <translation>Du kannst jede Antwort jederzeit ändern. Ein Nein braucht keinen Grund.</translation>
    </message>
    <message>
        <source>About this answer</source>
        <translation>Zu dieser Antwort</translation>
    </message>
    <message>
        <source>Under which heading</source>
        <translation>Unter welcher Überschrift</translation>
    </message>
    <message>
        <source>Something of our own to add to the list</source>
        <translation>Etwas Eigenes, das wir der Liste hinzufügen möchten</translation>
    </message>
    <message>
        <source>A new item</source>
        <translation>Ein neuer Punkt</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Your partner will see it as one more item to answer — not who added it, and not your answer.</source>
        <translation>Dein Partner sieht es als einen weiteren Punkt zum Beantworten — nicht, wer ihn hinzugefügt hat, und nicht deine Antwort.</translation>
    </message>
    <message>
        <source>Look at our matches together…</source>
        <translation>Unsere Gemeinsamkeiten ansehen…</translation>
    </message>
    <message>
        <source>When to look again</source>
        <translation>Wann wir wieder schauen</translation>
    </message>
    <message>
        <source>A changed answer</source>
        <translation>Eine geänderte Antwort</translation>
    </message>
    <message>
        <source>Matches we kept</source>
        <translation>Aufbewahrte Gemeinsamkeiten</translation>
    </message>
    <message>
        <source>I&apos;m happy for our kept matches and our steps to be in a report for our therapist</source>
        <translation>Ich bin einverstanden, dass unsere aufbewahrten Gemeinsamkeiten und unsere Schritte in einem Bericht für unsere Therapie stehen</translation>
    </message>
    <message>
        <source>They are included only when both of you tick this.</source>
        <translation>Sie werden nur aufgenommen, wenn ihr das beide ankreuzt.</translation>
    </message>
    <message>
        <source>Looking together needs both partners in this vault.</source>
        <translation>Gemeinsam ansehen geht nur, wenn beide Partner in diesem Tresor sind.</translation>
    </message>
    <message>
        <source>No matches kept yet.</source>
        <translation>Noch keine Gemeinsamkeiten aufbewahrt.</translation>
    </message>
    <message>
        <source>A gentle time to look again: around {day}.</source>
        <translation>Ein guter Zeitpunkt, um wieder zu schauen: um den {day}.</translation>
    </message>
    <message>
        <source>Saved, just for you.</source>
        <translation>Gespeichert, nur für dich.</translation>
    </message>
    <message>
        <source>Looking together</source>
        <translation>Gemeinsam ansehen</translation>
    </message>
    <message>
        <source>Looking together needs both of you to confirm it is you. Nothing was shown.</source>
        <translation>Zum gemeinsamen Ansehen müsst ihr beide bestätigen, dass ihr es seid. Es wurde nichts gezeigt.</translation>
    </message>
    <message>
        <source>Your matches are open — the rest of the screen is hidden</source>
        <translation>Eure Gemeinsamkeiten sind offen — der Rest des Bildschirms ist verborgen</translation>
    </message>
    <message>
        <source>Your own answers stay private. The page comes back when you close the matches.</source>
        <translation>Eure eigenen Antworten bleiben privat. Die Seite kommt zurück, wenn ihr die Gemeinsamkeiten schließt.</translation>
    </message>
    <message>
        <source>Proposed as a boundary</source>
        <translation>Als Grenze vorgeschlagen</translation>
    </message>
    <message>
        <source>It is in your agreement now as a proposal, under “Intimacy, pace and consent”. It counts once both of you agree to it there.</source>
        <translation>Es steht jetzt als Vorschlag in eurer Vereinbarung, unter „Intimität, Tempo und Einvernehmen“. Es zählt, sobald ihr beide dort zustimmt.</translation>
    </message>
    <message>
        <source>Steps at our own pace</source>
        <translation>Schritte in unserem eigenen Tempo</translation>
    </message>
    <message>
        <source>Change this step</source>
        <translation>Diesen Schritt ändern</translation>
    </message>
    <message>
        <source>A step of our own</source>
        <translation>Ein eigener Schritt</translation>
    </message>
    <message>
        <source>Name of the step</source>
        <translation>Name des Schritts</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>Not during this step</source>
        <translation>Nicht in diesem Schritt</translation>
    </message>
    <message>
        <source>To think about afterwards</source>
        <translation>Zum Nachdenken danach</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;What it is</source>
        <translation>&amp;Was es ist</translation>
    </message>
    <message>
        <source>&amp;Not during this step</source>
        <translation>N&amp;icht in diesem Schritt</translation>
    </message>
    <message>
        <source>&amp;Afterwards</source>
        <translation>&amp;Danach</translation>
    </message>
    <message>
        <source>With these conditions (optional)</source>
        <translation>Mit diesen Bedingungen (optional)</translation>
    </message>
    <message>
        <source>Conditions for the boundary</source>
        <translation>Bedingungen für die Grenze</translation>
    </message>
    <message>
        <source>Propose as a boundary</source>
        <translation>Als Grenze vorschlagen</translation>
    </message>
    <message>
        <source>Adds “We&apos;d like to try…” to your agreement as a proposal; it counts only once both of you agree.</source>
        <translation>Fügt „Wir würden gern ausprobieren…“ als Vorschlag zu eurer Vereinbarung hinzu; er zählt erst, wenn ihr beide zustimmt.</translation>
    </message>
    <message>
        <source>What we both said yes to</source>
        <translation>Wozu wir beide Ja gesagt haben</translation>
    </message>
    <message>
        <source>Only the things you both welcomed are shown here. Everything else stays private, and nothing is kept unless you choose to keep it.</source>
        <translation>Hier wird nur gezeigt, was ihr beide willkommen heißt. Alles andere bleibt privat, und nichts wird aufbewahrt, wenn ihr es nicht so wählt.</translation>
    </message>
    <message>
        <source>Both of you said yes</source>
        <translation>Ihr habt beide Ja gesagt</translation>
    </message>
    <message>
        <source>Nothing here this time — and that is fine.</source>
        <translation>Diesmal nichts hier — und das ist in Ordnung.</translation>
    </message>
    <message>
        <source>Both of you are open to talking about</source>
        <translation>Worüber ihr beide offen reden möchtet</translation>
    </message>
    <message>
        <source>Nothing here this time.</source>
        <translation>Diesmal nichts hier.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Keep these for us</source>
        <translation>Das für uns aufbewahren</translation>
    </message>
    <message>
        <source>Keeps only these matches in your shared space.</source>
        <translation>Bewahrt nur diese Gemeinsamkeiten in eurem gemeinsamen Raum auf.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Kept for both of you. Either of you can change an answer later.</source>
        <translation>Für euch beide aufbewahrt. Jeder von euch kann eine Antwort später ändern.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>My answer</source>
        <translation>Meine Antwort</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>How: {note}</source>
        <translation>Wie: {note}</translation>
    </message>
    <message>
        <source>Where we are now</source>
        <translation>Wo wir jetzt stehen</translation>
    </message>
    <message>
        <source>Done together</source>
        <translation>Gemeinsam geschafft</translation>
    </message>
    <message>
        <source>Next, when we are both ready</source>
        <translation>Als Nächstes, wenn wir beide bereit sind</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Where we are</source>
        <translation>Wo wir stehen</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>I&apos;m ready</source>
        <translation>Ich bin bereit</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Type your password first, {name}.</source>
        <translation>Gib zuerst dein Passwort ein, {name}.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Together you are about to open the next step. It opens only if both of you said you are ready; not yet is always a good answer.</source>
        <translation>Ihr seid dabei, gemeinsam den nächsten Schritt zu öffnen. Er öffnet sich nur, wenn ihr beide gesagt habt, dass ihr bereit seid; „noch nicht“ ist immer eine gute Antwort.</translation>
    </message>
    <message>
        <source>Nothing to step back to yet — you are at the start.</source>
        <translation>Noch nichts, wohin ihr zurückgehen könnt — ihr steht am Anfang.</translation>
    </message>
    <message>
        <source>You stepped back. Stepping back is part of the process — no reason needed.</source>
        <translation>Ihr seid einen Schritt zurückgegangen. Zurückgehen gehört dazu — ohne dass es einen Grund braucht.</translation>
    </message>
    <message>
        <source>A gentle ladder, inspired by sensate focus. Each of you says privately when you feel ready for the next step; it opens only when you both are. You go at the pace of whichever of you needs to go slower.</source>
        <translation>Eine behutsame Leiter, angelehnt an Sensate Focus. Jeder von euch sagt privat, wann er sich für den nächsten Schritt bereit fühlt; er öffnet sich erst, wenn ihr es beide seid. Ihr geht im Tempo dessen, der langsamer gehen möchte.</translation>
    </message>
    <message>
        <source>Our steps</source>
        <translation>Unsere Schritte</translation>
    </message>
    <message>
        <source>The chosen step</source>
        <translation>Der gewählte Schritt</translation>
    </message>
    <message>
        <source>Use the starter ladder</source>
        <translation>Vorgeschlagene Leiter nutzen</translation>
    </message>
    <message>
        <source>I&apos;m ready for this step</source>
        <translation>Ich bin bereit für diesen Schritt</translation>
    </message>
    <message>
        <source>Only you see this. Your partner sees it only if you both are.</source>
        <translation>Nur du siehst das. Dein Partner sieht es nur, wenn ihr es beide seid.</translation>
    </message>
    <message>
        <source>Open the next step together…</source>
        <translation>Den nächsten Schritt gemeinsam öffnen…</translation>
    </message>
    <message>
        <source>Step back to:</source>
        <translation>Zurückgehen zu:</translation>
    </message>
    <message>
        <source>Step back to</source>
        <translation>Zurückgehen zu</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Zurückgehen</translation>
    </message>
    <message>
        <source>Either of you can, at any time, without a reason.</source>
        <translation>Jeder von euch kann das, jederzeit und ohne Grund.</translation>
    </message>
    <message>
        <source>Add a step…</source>
        <translation>Schritt hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Show my own marks again</source>
        <translation>Meine eigenen Antworten wieder zeigen</translation>
    </message>
    <message>
        <source>For when you are on your own at the screen again.</source>
        <translation>Für den Moment, in dem du wieder allein am Bildschirm bist.</translation>
    </message>
    <message>
        <source>After a step — just for me</source>
        <translation>Nach einem Schritt — nur für mich</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Lieber nicht sagen</translation>
    </message>
    <message>
        <source>Comfort </source>
        <translation>Wohlgefühl </translation>
    </message>
    <message>
        <source>How comfortable it felt, 0 to 10</source>
        <translation>Wie wohl es sich angefühlt hat, 0 bis 10</translation>
    </message>
    <message>
        <source>A note for myself (optional)</source>
        <translation>Eine Notiz für mich (optional)</translation>
    </message>
    <message>
        <source>A note for myself</source>
        <translation>Eine Notiz für mich</translation>
    </message>
    <message>
        <source>Keep for me</source>
        <translation>Für mich behalten</translation>
    </message>
    <message>
        <source>The very start, before the first step</source>
        <translation>Ganz am Anfang, vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>Not yet, after all</source>
        <translation>Doch noch nicht</translation>
    </message>
    <message>
        <source>Not during this step:</source>
        <translation>Nicht in diesem Schritt:</translation>
    </message>
    <message>
        <source>Afterwards, to think about:</source>
        <translation>Danach, zum Nachdenken:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This is where you are now. Take all the time you need.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Hier steht ihr jetzt. Nehmt euch alle Zeit, die ihr braucht.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Noted, just for you.</source>
        <translation>Festgehalten, nur für dich.</translation>
    </message>
    <message>
        <source>Noted. Not yet is always a good answer.</source>
        <translation>Festgehalten. „Noch nicht“ ist immer eine gute Antwort.</translation>
    </message>
    <message>
        <source>This step opens when both of you feel ready. Not yet is a good answer — you go at the pace of whichever of you needs to go slower.</source>
        <translation>Dieser Schritt öffnet sich, wenn ihr euch beide bereit fühlt. „Noch nicht“ ist eine gute Antwort — ihr geht im Tempo dessen, der langsamer gehen möchte.</translation>
    </message>
    <message>
        <source>The step is open. Go gently, and stop whenever either of you wants.</source>
        <translation>Der Schritt ist offen. Geht behutsam vor und hört auf, wann immer einer von euch es möchte.</translation>
    </message>
    <message>
        <source>Remove this step?</source>
        <translation>Diesen Schritt entfernen?</translation>
    </message>
    <message>
        <source>“{title}” leaves your ladder for both of you. If it is the step you are at, the one before it is where you are again.</source>
        <translation>„{title}“ verschwindet für euch beide von eurer Leiter. Wenn ihr gerade bei diesem Schritt seid, steht ihr wieder beim vorherigen.</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Once a step is open, you can note how it felt here.</source>
        <translation>Sobald ein Schritt offen ist, kannst du hier festhalten, wie er sich angefühlt hat.</translation>
    </message>
    <message>
        <source>Kept in your private space, just for you.</source>
        <translation>In deinem privaten Raum aufbewahrt, nur für dich.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes, with care</source>
        <translation>Ja, behutsam</translation>
    </message>
    <message>
        <source>Maybe, let&apos;s talk</source>
        <translation>Vielleicht, lass uns reden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>{feeling}: no answers in this period yet.</source>
        <translation>{feeling}: in diesem Zeitraum noch keine Antworten.</translation>
    </message>
    <message>
        <source>{feeling}, from {first} to {last}.</source>
        <translation>{feeling}, vom {first} bis zum {last}.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {answers}, {value} of 10 on {day}.</source>
        <translation>{name}: {answers}, {value} von 10 am {day}.</translation>
    </message>
    <message>
        <source>{name}: {answers}, {first} of 10 at first and {last} of 10 most recently (between {low} and {high}).</source>
        <translation>{name}: {answers}, anfangs {first} von 10 und zuletzt {last} von 10 (zwischen {low} und {high}).</translation>
    </message>
    <message>
        <source>version {number} on {day}</source>
        <translation>Version {number} am {day}</translation>
    </message>
    <message>
        <source>Agreement signed: {versions}.</source>
        <translation>Vereinbarung unterschrieben: {versions}.</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Unlock TrustDesk</source>
        <translation>TrustDesk entsperren</translation>
    </message>
    <message>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <source>Your private space. Only your password opens it.</source>
        <translation>Dein privater Raum. Nur dein Passwort öffnet ihn.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forgot my password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Gib zuerst dein Passwort ein.</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Dein Tresor wird geöffnet…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Your new password is set</source>
        <translation>Dein neues Passwort ist festgelegt</translation>
    </message>
    <message>
        <source>From now on, this new password opens TrustDesk. Your recovery code still works; keep the sheet somewhere safe.</source>
        <translation>Ab jetzt öffnet dieses neue Passwort TrustDesk. Dein Wiederherstellungscode funktioniert weiterhin; bewahre das Blatt an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>There are no backups of this vault</source>
        <translation>Von diesem Tresor gibt es keine Sicherungen</translation>
    </message>
    <message>
        <source>TrustDesk makes one each day the vault is opened, but none was found in its backups folder. Nothing was changed.</source>
        <translation>TrustDesk erstellt an jedem Tag, an dem der Tresor geöffnet wird, eine Sicherung, aber im Sicherungsordner wurde keine gefunden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>The vault goes back to how it was on {day}. Anything written after that is not in this backup.

The files it replaces are moved aside in the backups folder, not deleted.</source>
        <translation>Der Tresor kehrt zu dem Stand vom {day} zurück. Alles, was danach geschrieben wurde, ist nicht in dieser Sicherung.

Die Dateien, die sie ersetzt, werden im Sicherungsordner beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The backup is back in place</source>
        <translation>Die Sicherung ist wiederhergestellt</translation>
    </message>
    <message>
        <source>The vault is as it was on {day}. Type your password to open it.</source>
        <translation>Der Tresor ist so, wie er am {day} war. Gib dein Passwort ein, um ihn zu öffnen.</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>Something went wrong with the vault</source>
        <translation>Mit dem Tresor ist etwas schiefgegangen</translation>
    </message>
    <message>
        <source>TrustDesk could not use this vault.</source>
        <translation>TrustDesk konnte diesen Tresor nicht verwenden.</translation>
    </message>
    <message>
        <source>Nothing was changed or deleted.</source>
        <translation>Es wurde nichts geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>That password did not open the vault</source>
        <translation>Dieses Passwort hat den Tresor nicht geöffnet</translation>
    </message>
    <message>
        <source>That password did not open this vault.</source>
        <translation>Dieses Passwort hat diesen Tresor nicht geöffnet.</translation>
    </message>
    <message>
        <source>Check Caps Lock and try again. If it is forgotten, you can use your recovery code.</source>
        <translation>Prüfe die Feststelltaste und versuch es noch einmal. Wenn du es vergessen hast, kannst du deinen Wiederherstellungscode verwenden.</translation>
    </message>
    <message>
        <source>That recovery code did not match</source>
        <translation>Dieser Wiederherstellungscode hat nicht gepasst</translation>
    </message>
    <message>
        <source>Nothing was changed. A single mistyped character is enough, and a sheet printed before the code was last renewed no longer works.</source>
        <translation>Es wurde nichts geändert. Schon ein einziges vertipptes Zeichen reicht, und ein Blatt, das vor der letzten Erneuerung des Codes gedruckt wurde, funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Check each group of characters against your newest recovery sheet and try again.</source>
        <translation>Vergleiche jede Zeichengruppe mit deinem neuesten Wiederherstellungsblatt und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>This needs your partner, in person</source>
        <translation>Dafür braucht es deinen Partner, persönlich</translation>
    </message>
    <message>
        <source>Only a partner can do this for themselves, after typing their own password.</source>
        <translation>Das kann jeder Partner nur für sich selbst tun, nachdem er sein eigenes Passwort eingegeben hat.</translation>
    </message>
    <message>
        <source>Ask your partner to confirm it is them with their own password, then try again.</source>
        <translation>Bitte deinen Partner, mit dem eigenen Passwort zu bestätigen, dass er es ist, und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>No vault here yet</source>
        <translation>Hier gibt es noch keinen Tresor</translation>
    </message>
    <message>
        <source>There is no TrustDesk vault in this folder.</source>
        <translation>In diesem Ordner gibt es keinen TrustDesk-Tresor.</translation>
    </message>
    <message>
        <source>You can create a new vault, or open another folder.</source>
        <translation>Du kannst einen neuen Tresor erstellen oder einen anderen Ordner öffnen.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing</source>
        <translation>Die Schlüsseldatei des Tresors fehlt</translation>
    </message>
    <message>
        <source>This folder holds TrustDesk data, but its key file (vault.json) is missing, so it cannot be unlocked.</source>
        <translation>Dieser Ordner enthält TrustDesk-Daten, aber seine Schlüsseldatei (vault.json) fehlt, daher kann er nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>Nothing was changed. You can restore the vault from one of its backups.</source>
        <translation>Es wurde nichts geändert. Du kannst den Tresor aus einer seiner Sicherungen wiederherstellen.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged</source>
        <translation>Die Schlüsseldatei des Tresors ist beschädigt</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) is damaged and cannot be read.</source>
        <translation>Die Schlüsseldatei des Tresors (vault.json) ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Made by a newer TrustDesk</source>
        <translation>Von einem neueren TrustDesk erstellt</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of TrustDesk.</source>
        <translation>Dieser Tresor wurde mit einer neueren Version von TrustDesk erstellt.</translation>
    </message>
    <message>
        <source>Please update TrustDesk to open it. Nothing was changed.</source>
        <translation>Bitte aktualisiere TrustDesk, um ihn zu öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not a TrustDesk file</source>
        <translation>Keine TrustDesk-Datei</translation>
    </message>
    <message>
        <source>A file in this vault is not a TrustDesk file.</source>
        <translation>Eine Datei in diesem Tresor ist keine TrustDesk-Datei.</translation>
    </message>
    <message>
        <source>Part of the vault is damaged</source>
        <translation>Ein Teil des Tresors ist beschädigt</translation>
    </message>
    <message>
        <source>Part of this vault is damaged and cannot be read safely.</source>
        <translation>Ein Teil dieses Tresors ist beschädigt und kann nicht sicher gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. You can restore the vault from a backup; the damaged files are kept aside, not deleted.</source>
        <translation>Es wurde nichts überschrieben. Du kannst den Tresor aus einer Sicherung wiederherstellen; die beschädigten Dateien werden beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <source>This vault is already open in another TrustDesk window.</source>
        <translation>Dieser Tresor ist bereits in einem anderen TrustDesk-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation>Wechsle zu diesem Fenster oder schließe es und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>There is no room left on the disk, so the last change could not be saved.</source>
        <translation>Auf dem Datenträger ist kein Platz mehr, daher konnte die letzte Änderung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Everything saved before is safe. Free some space, then try again; your text is still in the window.</source>
        <translation>Alles, was vorher gespeichert wurde, ist sicher. Schaffe etwas Platz und versuch es dann noch einmal; dein Text steht noch im Fenster.</translation>
    </message>
    <message>
        <source>The vault could not be written</source>
        <translation>Der Tresor konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>TrustDesk could not read or write the vault&apos;s files.</source>
        <translation>TrustDesk konnte die Dateien des Tresors nicht lesen oder schreiben.</translation>
    </message>
    <message>
        <source>Check that the folder (or USB stick) is still there and writable. Nothing was lost.</source>
        <translation>Prüfe, ob der Ordner (oder USB-Stick) noch da und beschreibbar ist. Es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Encryption library missing</source>
        <translation>Verschlüsselungsbibliothek fehlt</translation>
    </message>
    <message>
        <source>TrustDesk&apos;s encryption library is not available, so it refuses to run.</source>
        <translation>Die Verschlüsselungsbibliothek von TrustDesk ist nicht verfügbar, daher startet es aus Sicherheitsgründen nicht.</translation>
    </message>
    <message>
        <source>Please reinstall TrustDesk.</source>
        <translation>Bitte installiere TrustDesk neu.</translation>
    </message>
    <message>
        <source>That could not be done</source>
        <translation>Das ließ sich nicht erledigen</translation>
    </message>
    <message>
        <source>That change to the partners of this vault could not be made.</source>
        <translation>Diese Änderung an den Partnern dieses Tresors konnte nicht vorgenommen werden.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for unsafe settings</source>
        <translation>Die Schlüsseldatei des Tresors verlangt unsichere Einstellungen</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) asks for key settings that TrustDesk never writes (far weaker or far costlier than its own), so it was not used.</source>
        <translation>Die Schlüsseldatei des Tresors (vault.json) verlangt Schlüsseleinstellungen, die TrustDesk nie schreibt (weit schwächer oder weit aufwendiger als die eigenen), daher wurde sie nicht verwendet.</translation>
    </message>
    <message>
        <source>It may have been edited by hand. Nothing was changed. You can restore the vault from one of its backups.</source>
        <translation>Sie wurde vielleicht von Hand bearbeitet. Es wurde nichts geändert. Du kannst den Tresor aus einer seiner Sicherungen wiederherstellen.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file was changed</source>
        <translation>Die Schlüsseldatei des Tresors wurde verändert</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) was changed outside TrustDesk: its seal does not match, so TrustDesk did not trust it.</source>
        <translation>Die Schlüsseldatei des Tresors (vault.json) wurde außerhalb von TrustDesk verändert: Ihr Siegel passt nicht, daher hat TrustDesk ihr nicht vertraut.</translation>
    </message>
    <message>
        <source>Nothing was changed. You can restore the vault from one of its backups, whose key files are sealed too.</source>
        <translation>Es wurde nichts geändert. Du kannst den Tresor aus einer seiner Sicherungen wiederherstellen, deren Schlüsseldateien ebenfalls versiegelt sind.</translation>
    </message>
    <message>
        <source>These files belong to another vault</source>
        <translation>Diese Dateien gehören zu einem anderen Tresor</translation>
    </message>
    <message>
        <source>A database in this folder belongs to another TrustDesk vault.</source>
        <translation>Eine Datenbank in diesem Ordner gehört zu einem anderen TrustDesk-Tresor.</translation>
    </message>
    <message>
        <source>Nothing was changed or opened. Put that vault&apos;s files back in their own folder, or restore this vault from one of its backups.</source>
        <translation>Es wurde nichts geändert oder geöffnet. Leg die Dateien jenes Tresors zurück in ihren eigenen Ordner oder stelle diesen Tresor aus einer seiner Sicherungen wieder her.</translation>
    </message>
    <message>
        <source>An older copy of part of the vault</source>
        <translation>Eine ältere Kopie eines Teils des Tresors</translation>
    </message>
    <message>
        <source>A database in this folder is an older copy of this vault&apos;s own, put back by hand; TrustDesk did not open it so that nothing newer is silently lost.</source>
        <translation>Eine Datenbank in diesem Ordner ist eine ältere Kopie der eigenen Datenbank dieses Tresors, von Hand zurückgelegt; TrustDesk hat sie nicht geöffnet, damit nichts Neueres unbemerkt verloren geht.</translation>
    </message>
    <message>
        <source>Nothing was changed. If you meant to go back to an older state, restore one of the vault&apos;s backups instead; otherwise put the newer file back.</source>
        <translation>Es wurde nichts geändert. Wenn du zu einem älteren Stand zurückkehren wolltest, stelle stattdessen eine der Sicherungen des Tresors wieder her; andernfalls leg die neuere Datei zurück.</translation>
    </message>
    <message>
        <source>An older copy of the key file</source>
        <translation>Eine ältere Kopie der Schlüsseldatei</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) is older than its databases, so its keys no longer fit them.</source>
        <translation>Die Schlüsseldatei des Tresors (vault.json) ist älter als seine Datenbanken, daher passen ihre Schlüssel nicht mehr zu ihnen.</translation>
    </message>
    <message>
        <source>Nothing was changed. Put the newer vault.json back, or restore the vault from one of its backups.</source>
        <translation>Es wurde nichts geändert. Leg die neuere vault.json zurück oder stelle den Tresor aus einer seiner Sicherungen wieder her.</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Einen Moment, bitte</translation>
    </message>
    <message>
        <source>TrustDesk is giving the vault new keys, so this change could not be saved just now.</source>
        <translation>TrustDesk gibt dem Tresor gerade neue Schlüssel, daher konnte diese Änderung gerade nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Nothing was lost: your words are still in the window. Please try again in a moment.</source>
        <translation>Es ist nichts verloren gegangen: Deine Worte stehen noch im Fenster. Bitte versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Please choose another password</source>
        <translation>Bitte wähle ein anderes Passwort</translation>
    </message>
    <message>
        <source>That password already opens this vault for your partner.</source>
        <translation>Dieses Passwort öffnet diesen Tresor bereits für deinen Partner.</translation>
    </message>
    <message>
        <source>Each of you needs a password of your own.</source>
        <translation>Jeder von euch braucht ein eigenes Passwort.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>Willkommen bei TrustDesk</translation>
    </message>
    <message>
        <source>A quiet place for rebuilding trust: an agreement you make together, gentle check-ins, and a private journal for each of you.</source>
        <translation>Ein ruhiger Ort, um Vertrauen wieder aufzubauen: eine Vereinbarung, die ihr gemeinsam trefft, behutsame Check-ins und ein privates Tagebuch für jeden von euch.</translation>
    </message>
    <message>
        <source>Private by design</source>
        <translation>Von Grund auf privat</translation>
    </message>
    <message>
        <source>Everything you write is encrypted on this computer. No account, no cloud, no network connection.</source>
        <translation>Alles, was du schreibst, wird auf diesem Computer verschlüsselt. Kein Konto, keine Cloud, keine Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Yours alone, where it should be</source>
        <translation>Nur deins, so wie es sein soll</translation>
    </message>
    <message>
        <source>Each of you has a private space the other cannot open, beside the space you share.</source>
        <translation>Jeder von euch hat einen privaten Raum, den der andere nicht öffnen kann, neben dem Raum, den ihr teilt.</translation>
    </message>
    <message>
        <source>At your own pace</source>
        <translation>In eurem eigenen Tempo</translation>
    </message>
    <message>
        <source>Every question can be skipped, and locking is always one keystroke away (Ctrl+L).</source>
        <translation>Jede Frage kann übersprungen werden, und das Sperren ist immer nur einen Tastendruck entfernt (Ctrl+L).</translation>
    </message>
    <message>
        <source>Looking for your vault?</source>
        <translation>Suchst du deinen Tresor?</translation>
    </message>
    <message>
        <source>The vault will be kept in {folder}</source>
        <translation>Der Tresor wird in {folder} aufbewahrt</translation>
    </message>
    <message>
        <source>Who will use TrustDesk?</source>
        <translation>Wer wird TrustDesk nutzen?</translation>
    </message>
    <message>
        <source>You can change this later.</source>
        <translation>Du kannst das später ändern.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>The two of us</source>
        <translation>Wir beide</translation>
    </message>
    <message>
        <source>A private journal, and a place to prepare for conversations. Your partner can join later.</source>
        <translation>Ein privates Tagebuch und ein Ort, um dich auf Gespräche vorzubereiten. Dein Partner kann später dazukommen.</translation>
    </message>
    <message>
        <source>An agreement and check-ins you share, and a private space for each of you. Both of you should be here for the next steps.</source>
        <translation>Eine Vereinbarung und Check-ins, die ihr teilt, und ein privater Raum für jeden von euch. Für die nächsten Schritte solltet ihr beide hier sein.</translation>
    </message>
    <message>
        <source>A page to read on your own; nothing is asked or recorded</source>
        <translation>Eine Seite, die du allein lesen kannst; nichts wird gefragt oder festgehalten</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über dich</translation>
    </message>
    <message>
        <source>Your name is kept inside the encrypted vault and never appears in window titles or settings files. Printouts and exports you choose to make do carry it.</source>
        <translation>Dein Name wird im verschlüsselten Tresor aufbewahrt und erscheint nie in Fenstertiteln oder Einstellungsdateien. Ausdrucke und Exporte, die du selbst erstellst, enthalten ihn allerdings.</translation>
    </message>
    <message>
        <source>What would you like to be &amp;called?</source>
        <translation>Wie möchtest du &amp;genannt werden?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Deine Farbe</translation>
    </message>
    <message>
        <source>It marks what is yours across the app.</source>
        <translation>Sie kennzeichnet in der ganzen App, was deins ist.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Wähle dein Passwort</translation>
    </message>
    <message>
        <source>It opens your private space and the space you share. Nobody can reset it for you — but the recovery code on the next page can set a new one.</source>
        <translation>Es öffnet deinen privaten Raum und den Raum, den ihr teilt. Niemand kann es für dich zurücksetzen – aber mit dem Wiederherstellungscode auf der nächsten Seite lässt sich ein neues festlegen.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Den Tresor erstellen</translation>
    </message>
    <message>
        <source>Now your partner</source>
        <translation>Jetzt dein Partner</translation>
    </message>
    <message>
        <source>Hand the keyboard over. Your partner chooses their own password: it opens their private space, which only they can see.</source>
        <translation>Gib die Tastatur weiter. Dein Partner wählt ein eigenes Passwort: Es öffnet seinen privaten Raum, den nur er sehen kann.</translation>
    </message>
    <message>
        <source>Their &amp;name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Name deines Partners</translation>
    </message>
    <message>
        <source>Their colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Their &amp;password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add my partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>Partner&apos;s colour</source>
        <translation>Farbe deines Partners</translation>
    </message>
    <message>
        <source>That is your partner&apos;s name too. An initial or a nickname tells you apart.</source>
        <translation>So heißt auch dein Partner. Ein Anfangsbuchstabe oder ein Spitzname hilft, euch zu unterscheiden.</translation>
    </message>
    <message>
        <source>Open TrustDesk</source>
        <translation>TrustDesk öffnen</translation>
    </message>
    <message>
        <source>Join later</source>
        <translation>Später dazukommen</translation>
    </message>
    <message>
        <source>Your partner can join any time from Partners → Invite your partner</source>
        <translation>Dein Partner kann jederzeit über Partner → Partner einladen dazukommen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>If a password is ever forgotten, this code sets a new one. Write it down or print it, and keep it somewhere safe and private, away from this computer. Anyone who has it and this computer could open this private space.</source>
        <translation>Falls ein Passwort einmal vergessen wird, legt dieser Code ein neues fest. Schreib ihn auf oder drucke ihn aus und bewahre ihn an einem sicheren, privaten Ort auf, nicht bei diesem Computer. Wer ihn und diesen Computer hat, könnte diesen privaten Raum öffnen.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Das Wiederherstellungsblatt drucken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Das Wiederherstellungsblatt als PDF speichern</translation>
    </message>
    <message>
        <source>Paper and PDF copies are not encrypted: keep them where only you can reach them.</source>
        <translation>Papier- und PDF-Kopien sind nicht verschlüsselt: Bewahre sie dort auf, wo nur du herankommst.</translation>
    </message>
    <message>
        <source>I have kept my recovery code somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungscode an einem sicheren Ort aufbewahrt</translation>
    </message>
    <message>
        <source>Recovery code kept</source>
        <translation>Wiederherstellungscode aufbewahrt</translation>
    </message>
    <message>
        <source>{name}, this is your recovery code</source>
        <translation>{name}, das ist dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Making a private space for your partner…</source>
        <translation>Ein privater Raum für deinen Partner wird eingerichtet…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Creating your vault… This takes a few seconds: the key is made slow on purpose, so a password cannot be guessed quickly.</source>
        <translation>Dein Tresor wird erstellt… Das dauert ein paar Sekunden: Der Schlüssel wird absichtlich langsam erzeugt, damit ein Passwort nicht schnell erraten werden kann.</translation>
    </message>
    <message>
        <source>{problem} Your vault is ready; your partner can join later from Partners → Invite your partner.</source>
        <translation>{problem} Dein Tresor ist bereit; dein Partner kann später über Partner → Partner einladen dazukommen.</translation>
    </message>
    <message>
        <source>Your partner could not join yet</source>
        <translation>Dein Partner konnte noch nicht dazukommen</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Das Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was not saved</source>
        <translation>Das Blatt wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Gespeichert als {file}.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
</TS>
