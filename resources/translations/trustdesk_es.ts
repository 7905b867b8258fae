<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Agreement</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Current draft (not signed)</source>
        <translation>Borrador actual (sin firmar)</translation>
    </message>
    <message>
        <source>Version {number}, signed {day}</source>
        <translation>Versión {number}, firmada el {day}</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation>Comparar dos versiones</translation>
    </message>
    <message>
        <source>Additions are marked ＋ and underlined, removals − and struck through; moved boundaries say where they came from.</source>
        <translation>Lo añadido se marca con ＋ y subrayado, lo quitado con − y tachado; los límites movidos indican de dónde vienen.</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>Borrador actual</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Only what changed</source>
        <translation>Solo lo que cambió</translation>
    </message>
    <message>
        <source>Show only what changed</source>
        <translation>Mostrar solo lo que cambió</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Between {first} and {second}</source>
        <translation>Entre {first} y {second}</translation>
    </message>
    <message>
        <source>Between {names}</source>
        <translation>Entre {names}</translation>
    </message>
    <message>
        <source>There are no boundaries in this version.</source>
        <translation>En esta versión no hay límites.</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Por qué importa:</translation>
    </message>
    <message>
        <source>Signed by {names}</source>
        <translation>Firmado por {names}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>{moved} from “{heading}”</source>
        <translation>{moved} desde “{heading}”</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>(was “{heading}”)</source>
        <translation>(antes “{heading}”)</translation>
    </message>
    <message>
        <source>These two versions say the same.</source>
        <translation>Estas dos versiones dicen lo mismo.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Sin diferencias</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitado</numerusform>
            <numerusform>%n quitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n movido</numerusform>
            <numerusform>%n movidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries have reached their review date. There is no rush: look at them when it suits you.</source>
        <translation>
            <numerusform>%n límite ha llegado a su fecha de revisión. No hay prisa: míralo cuando te venga bien.</numerusform>
            <numerusform>%n límites han llegado a su fecha de revisión. No hay prisa: míralos cuando te venga bien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries have reached their review date. There is no rush: look at them together when it suits you both.</source>
        <translation>
            <numerusform>%n límite ha llegado a su fecha de revisión. No hay prisa: conviene mirarlo juntos cuando a los dos les venga bien.</numerusform>
            <numerusform>%n límites han llegado a su fecha de revisión. No hay prisa: conviene mirarlos juntos cuando a los dos les venga bien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The heading “{title}” and its %n boundaries leave the draft. Undo brings them back.</source>
        <translation>
            <numerusform>El apartado “{title}” y su %n límite salen del borrador. Deshacer los recupera.</numerusform>
            <numerusform>El apartado “{title}” y sus %n límites salen del borrador. Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n chosen suggestions as drafts</source>
        <translation>
            <numerusform>Añadir %n sugerencia elegida como borrador</numerusform>
            <numerusform>Añadir %n sugerencias elegidas como borradores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n as drafts</source>
        <translation>
            <numerusform>Añadir %n como borrador</numerusform>
            <numerusform>Añadir %n como borradores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen — you can change every word later</source>
        <translation>
            <numerusform>%n elegida: puedes cambiar cada palabra más adelante</numerusform>
            <numerusform>%n elegidas: puedes cambiar cada palabra más adelante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n clauses</source>
        <translation>
            <numerusform>Mover %n cláusula</numerusform>
            <numerusform>Mover %n cláusulas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries</source>
        <translation>
            <numerusform>%n límite</numerusform>
            <numerusform>%n límites</numerusform>
        </translation>
    </message>
    <message>
        <source>I commit to this</source>
        <translation>Me comprometo a esto</translation>
    </message>
    <message>
        <source> · confirmed with their own password at this computer</source>
        <translation> · confirmado con su propia contraseña en este equipo</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>The chosen boundary</source>
        <translation>El límite elegido</translation>
    </message>
    <message>
        <source>Choose a boundary to see it in full.</source>
        <translation>Elige un límite para verlo completo.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <source>Boundary text</source>
        <translation>Texto del límite</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar antes del</translation>
    </message>
    <message>
        <source>In your own words: what do we agree on?</source>
        <translation>Con tus propias palabras: ¿en qué estamos de acuerdo?</translation>
    </message>
    <message>
        <source>&amp;Boundary</source>
        <translation>&amp;Límite</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Optional: why this matters to us</source>
        <translation>Opcional: por qué esto nos importa</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Por qué importa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>&amp;Review by</source>
        <translation>&amp;Revisar antes del</translation>
    </message>
    <message>
        <source>Suggest new words…</source>
        <translation>Proponer otras palabras…</translation>
    </message>
    <message>
        <source>Suggest new words for this boundary</source>
        <translation>Proponer otras palabras para este límite</translation>
    </message>
    <message>
        <source>Adds a proposal beside this boundary; the agreed words stay in force until you both agree to the new ones.</source>
        <translation>Añade una propuesta junto a este límite; las palabras acordadas siguen vigentes hasta que los dos acepten las nuevas.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove this boundary</source>
        <translation>Quitar este límite</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Agreed boundaries are retired, not removed.</source>
        <translation>Los límites acordados se retiran, no se borran.</translation>
    </message>
    <message>
        <source>This proposal would replace the boundary above it once you both agree.</source>
        <translation>Esta propuesta sustituiría al límite de arriba cuando los dos estén de acuerdo.</translation>
    </message>
    <message>
        <source>Retired: kept for your history, not part of what you sign.</source>
        <translation>Retirado: se conserva en el historial, pero no forma parte de lo que se firma.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Edit boundary text</source>
        <translation>Editar el texto del límite</translation>
    </message>
    <message>
        <source>Edit why it matters</source>
        <translation>Editar por qué importa</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Set review date</source>
        <translation>Fijar la fecha de revisión</translation>
    </message>
    <message>
        <source>Move boundary</source>
        <translation>Mover el límite</translation>
    </message>
    <message>
        <source>Where the agreement stands</source>
        <translation>Cómo está el acuerdo</translation>
    </message>
    <message>
        <source>Boundaries due for review</source>
        <translation>Límites que toca revisar</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlos</translation>
    </message>
    <message>
        <source>Show the boundaries due for review</source>
        <translation>Mostrar los límites que toca revisar</translation>
    </message>
    <message>
        <source>Agreement actions</source>
        <translation>Acciones del acuerdo</translation>
    </message>
    <message>
        <source>Add a heading for related boundaries</source>
        <translation>Añadir un apartado para límites relacionados</translation>
    </message>
    <message>
        <source>Add boundary</source>
        <translation>Añadir un límite</translation>
    </message>
    <message>
        <source>Add a boundary under the chosen heading</source>
        <translation>Añadir un límite en el apartado elegido</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Firmar…</translation>
    </message>
    <message>
        <source>Sign a new version</source>
        <translation>Firmar una versión nueva</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the agreement as it stands</source>
        <translation>Imprimir el acuerdo tal como está</translation>
    </message>
    <message>
        <source>I commit</source>
        <translation>Me comprometo</translation>
    </message>
    <message>
        <source>Withdraw my agreement</source>
        <translation>Retirar mi aceptación</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>Versiones firmadas</translation>
    </message>
    <message>
        <source>Find words in the agreement</source>
        <translation>Buscar palabras en el acuerdo</translation>
    </message>
    <message>
        <source>Show boundaries with status</source>
        <translation>Mostrar límites con el estado</translation>
    </message>
    <message>
        <source>All current boundaries</source>
        <translation>Todos los límites actuales</translation>
    </message>
    <message>
        <source>Everything, retired too</source>
        <translation>Todo, también lo retirado</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Toca revisar</translation>
    </message>
    <message>
        <source>Show only boundaries due for review</source>
        <translation>Mostrar solo los límites que toca revisar</translation>
    </message>
    <message>
        <source>Your agreement is still empty</source>
        <translation>Tu acuerdo todavía está vacío</translation>
    </message>
    <message>
        <source>Start from suggestions…</source>
        <translation>Empezar con sugerencias…</translation>
    </message>
    <message>
        <source>Start from suggested boundaries</source>
        <translation>Empezar con límites sugeridos</translation>
    </message>
    <message>
        <source>Write our own</source>
        <translation>Escribir el nuestro</translation>
    </message>
    <message>
        <source>Start with an empty heading</source>
        <translation>Empezar con un apartado vacío</translation>
    </message>
    <message>
        <source>The agreement, by heading</source>
        <translation>El acuerdo, por apartados</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Start from suggestions you can adopt or skip one by one, or write your own from scratch. Nothing is agreed until </source>
        <translation>Empieza con sugerencias que puedes adoptar u omitir una a una, o escribe el tuyo desde cero. Nada está acordado hasta que </translation>
    </message>
    <message>
        <source>you commit to it.</source>
        <translation>te comprometas a ello.</translation>
    </message>
    <message>
        <source>each of you says yes.</source>
        <translation>cada uno diga que sí.</translation>
    </message>
    <message>
        <source>Version {number} signed {day}</source>
        <translation>Versión {number} firmada el {day}</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Todavía sin firmar</translation>
    </message>
    <message>
        <source>Remove boundary</source>
        <translation>Quitar el límite</translation>
    </message>
    <message>
        <source>Propose a change</source>
        <translation>Proponer un cambio</translation>
    </message>
    <message>
        <source>Add heading</source>
        <translation>Añadir un apartado</translation>
    </message>
    <message>
        <source>Rename heading</source>
        <translation>Renombrar el apartado</translation>
    </message>
    <message>
        <source>Move heading</source>
        <translation>Mover el apartado</translation>
    </message>
    <message>
        <source>Remove heading</source>
        <translation>Quitar el apartado</translation>
    </message>
    <message>
        <source>Adopt starter boundaries</source>
        <translation>Adoptar los límites sugeridos</translation>
    </message>
    <message>
        <source>Suggestions are not available</source>
        <translation>Las sugerencias no están disponibles</translation>
    </message>
    <message>
        <source>The starter suggestions could not be read. You can still write your own.</source>
        <translation>No se pudieron leer las sugerencias iniciales. Aun así, puedes escribir las tuyas.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>You committed to these words. New words need a new commitment.</source>
        <translation>Te comprometiste con estas palabras. Unas palabras nuevas necesitan un compromiso nuevo.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>{names} agreed to these words. New words need each of you to agree again.</source>
        <translation>{names} aceptaron estas palabras. Unas palabras nuevas necesitan que cada uno vuelva a aceptarlas.</translation>
    </message>
    <message>
        <source>Change words that were agreed?</source>
        <translation>¿Cambiar unas palabras ya acordadas?</translation>
    </message>
    <message>
        <source> The last signed version stays as it is.</source>
        <translation> La última versión firmada se queda como está.</translation>
    </message>
    <message>
        <source>Change the words</source>
        <translation>Cambiar las palabras</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Mantenerlas</translation>
    </message>
    <message>
        <source>New heading</source>
        <translation>Apartado nuevo</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Nuestro acuerdo</translation>
    </message>
    <message>
        <source>New boundary</source>
        <translation>Límite nuevo</translation>
    </message>
    <message>
        <source>this boundary.</source>
        <translation>este límite.</translation>
    </message>
    <message>
        <source>You are agreeing to {words}</source>
        <translation>Estás aceptando {words}</translation>
    </message>
    <message>
        <source>You are taking back your agreement to {words}</source>
        <translation>Estás retirando tu aceptación de {words}</translation>
    </message>
    <message>
        <source>This boundary is agreed by both of you, so it is not deleted on its own. You can mark it “Needs talking about”, or retire it.</source>
        <translation>Este límite lo aceptaron los dos, así que no se borra sin más. Puedes marcarlo como “Hay que hablarlo” o retirarlo.</translation>
    </message>
    <message>
        <source>Remove this boundary?</source>
        <translation>¿Quitar este límite?</translation>
    </message>
    <message>
        <source>It leaves the draft. Signed versions keep it as it was. Undo brings it back.</source>
        <translation>Sale del borrador. Las versiones firmadas lo conservan tal como era. Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>The empty heading “{title}” goes.</source>
        <translation>El apartado vacío “{title}” se quita.</translation>
    </message>
    <message>
        <source>Remove this heading?</source>
        <translation>¿Quitar este apartado?</translation>
    </message>
    <message>
        <source>Each version is kept exactly as it was signed. Choose one to read it, compare it or print it.</source>
        <translation>Cada versión se conserva exactamente como se firmó. Elige una para leerla, compararla o imprimirla.</translation>
    </message>
    <message>
        <source>Nothing has been signed yet. When every boundary is agreed, “Sign…” makes the first version.</source>
        <translation>Todavía no se ha firmado nada. Cuando todos los límites estén aceptados, “Firmar…” crea la primera versión.</translation>
    </message>
    <message>
        <source>{name}: not signed yet</source>
        <translation>{name}: todavía sin firmar</translation>
    </message>
    <message>
        <source>{name} agrees to it…</source>
        <translation>{name} lo acepta…</translation>
    </message>
    <message>
        <source>{name} agrees to this boundary, in their own name</source>
        <translation>{name} acepta este límite, en su propio nombre</translation>
    </message>
    <message>
        <source>{name} signs…</source>
        <translation>{name} firma…</translation>
    </message>
    <message>
        <source>{name} signs with their own password</source>
        <translation>{name} firma con su propia contraseña</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Sign together</source>
        <translation>Firmar juntos</translation>
    </message>
    <message>
        <source>Sign this version</source>
        <translation>Firmar esta versión</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close without signing</source>
        <translation>Cerrar sin firmar</translation>
    </message>
    <message>
        <source>your commitment</source>
        <translation>tu compromiso</translation>
    </message>
    <message>
        <source>version {number} together</source>
        <translation>la versión {number} junto con tu pareja</translation>
    </message>
    <message>
        <source>You are signing {what}. Please read it through first.</source>
        <translation>Vas a firmar {what}. Léelo entero antes, por favor.</translation>
    </message>
    <message>
        <source>{name}: confirmed ✓</source>
        <translation>{name}: confirmado ✓</translation>
    </message>
    <message>
        <source>Starting points</source>
        <translation>Puntos de partida</translation>
    </message>
    <message>
        <source>Starting points for your agreement</source>
        <translation>Puntos de partida para el acuerdo</translation>
    </message>
    <message>
        <source>Suggestions to adopt</source>
        <translation>Sugerencias para adoptar</translation>
    </message>
    <message>
        <source>The chosen suggestion</source>
        <translation>La sugerencia elegida</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>Elegir todas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Add as drafts</source>
        <translation>Añadir como borradores</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>Todavía no has elegido nada</translation>
    </message>
    <message>
        <source>Why it can matter:</source>
        <translation>Por qué puede importar:</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Agreed by both</source>
        <translation>Aceptado por los dos</translation>
    </message>
    <message>
        <source>Needs talking about</source>
        <translation>Hay que hablarlo</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Asumido</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <source>Heading: {title}, {count}</source>
        <translation>Apartado: {title}, {count}</translation>
    </message>
    <message>
        <source>{done} of {all} committed</source>
        <translation>{done} de {all} asumidos</translation>
    </message>
    <message>
        <source>{done} of {all} agreed</source>
        <translation>{done} de {all} aceptados</translation>
    </message>
    <message>
        <source>{name}: yes, {day}</source>
        <translation>{name}: sí, {day}</translation>
    </message>
    <message>
        <source>{name}: not yet</source>
        <translation>{name}: todavía no</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Por qué importa: {why}</translation>
    </message>
    <message>
        <source>{day} · time to review</source>
        <translation>{day} · toca revisarlo</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected happened</source>
        <translation>Ha pasado algo inesperado</translation>
    </message>
    <message>
        <source>TrustDesk ran into a problem it did not expect. Everything saved before is safe: each change is written the moment it is made.

If this happens again, close TrustDesk and open it again.</source>
        <translation>TrustDesk se ha encontrado con un problema que no esperaba. Todo lo guardado antes está a salvo: cada cambio se escribe en el momento en que se hace.

Si vuelve a pasar, cierra TrustDesk y ábrelo de nuevo.</translation>
    </message>
    <message>
        <source>This folder already holds a TrustDesk vault.</source>
        <translation>Esta carpeta ya contiene una bóveda de TrustDesk.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Esto es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>This folder already holds other files. Please choose an empty or new folder for the vault, for example with --vault and a new folder name.</source>
        <translation>Esta carpeta ya contiene otros archivos. Elige una carpeta vacía o nueva para la bóveda, por ejemplo con --vault y el nombre de una carpeta nueva.</translation>
    </message>
    <message>
        <source>TrustDesk last opened a vault in {folder}, which cannot be found now. If it is on a USB stick or another drive, connect it and start TrustDesk again.</source>
        <translation>TrustDesk abrió la última vez una bóveda en {folder}, que ahora no se encuentra. Si está en una memoria USB o en otra unidad, conéctala y vuelve a abrir TrustDesk.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>after change</source>
        <translation>tras un cambio</translation>
    </message>
    <message>
        <source>before removal</source>
        <translation>antes de quitar a un miembro</translation>
    </message>
    <message>
        <source>replaced by restore</source>
        <translation>sustituida al restaurar</translation>
    </message>
    <message>
        <source>self test</source>
        <translation>autocomprobación</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambia tu contraseña</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>Your recovery code stays the same.</source>
        <translation>Tu código de recuperación sigue siendo el mismo.</translation>
    </message>
    <message>
        <source>Your recovery code stays the same, and so does your partner&apos;s password.</source>
        <translation>Tu código de recuperación sigue siendo el mismo, y también la contraseña de tu pareja.</translation>
    </message>
    <message>
        <source>Older backups are re-protected with your new password: afterwards they open with your new password or your recovery code, and your old password opens none of them.</source>
        <translation>Las copias de seguridad anteriores se vuelven a proteger con tu nueva contraseña: después se abren con tu nueva contraseña o con tu código de recuperación, y tu contraseña antigua ya no abre ninguna.</translation>
    </message>
    <message>
        <source>Remove older backups instead (a fresh backup is made right after)</source>
        <translation>Borrar en su lugar las copias anteriores (justo después se hace una copia nueva)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Check-in</name>
    <message>
        <source>Comfort and safety</source>
        <translation>Comodidad y seguridad</translation>
    </message>
    <message>
        <source>Desire</source>
        <translation>Deseo</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Cercanía</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Dejarlo como está</translation>
    </message>
    <message>
        <source>Revisit together</source>
        <translation>Revisarlo juntos</translation>
    </message>
    <message>
        <source>Not talked about</source>
        <translation>No se habló</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>rather not say</source>
        <translation>prefiero no decirlo</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} de 10</translation>
    </message>
    <message>
        <source>{rhythm}, on {weekday}</source>
        <translation>{rhythm}, el {weekday}</translation>
    </message>
    <message>
        <source>Whenever you are ready, you could sit down for a first check-in.</source>
        <translation>Cuando quieras, puede ser el momento de una primera charla.</translation>
    </message>
    <message>
        <source>A check-in is due — whenever you both feel ready.</source>
        <translation>Toca una charla, cuando los dos se sientan preparados.</translation>
    </message>
    <message>
        <source>Your next check-in is planned for tomorrow.</source>
        <translation>La próxima charla está prevista para mañana.</translation>
    </message>
    <message>
        <source>Your next check-in is planned for {day}.</source>
        <translation>La próxima charla está prevista para el {day}.</translation>
    </message>
    <message>
        <source>When the next check-in is</source>
        <translation>Cuándo es la próxima charla</translation>
    </message>
    <message>
        <source>Resume your check-in</source>
        <translation>Retoma tu charla</translation>
    </message>
    <message>
        <source>Resume your paused check-in</source>
        <translation>Retoma tu charla en pausa</translation>
    </message>
    <message>
        <source>Start a check-in</source>
        <translation>Empezar una charla</translation>
    </message>
    <message>
        <source>Start a new check-in</source>
        <translation>Empezar una charla nueva</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>a former partner</source>
        <translation>una expareja</translation>
    </message>
    <message>
        <source>Check-in of {day}</source>
        <translation>Charla del {day}</translation>
    </message>
    <message>
        <source>Taking part: {names}</source>
        <translation>Participan: {names}</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin-top:16px&apos;&gt;Boundaries looked at again&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin-top:16px&apos;&gt;Límites revisados&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None talked about this time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta vez no se habló de ninguno.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> — a new proposal is in the agreement</source>
        <translation> — hay una propuesta nueva en el acuerdo</translation>
    </message>
    <message>
        <source>not planned yet</source>
        <translation>sin fecha todavía</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin-top:16px&apos;&gt;My private reflection&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin-top:16px&apos;&gt;Mi reflexión privada&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Check-in summary</source>
        <translation>Resumen de la charla</translation>
    </message>
    <message>
        <source>TrustDesk · check-in summary</source>
        <translation>TrustDesk · resumen de la charla</translation>
    </message>
    <message>
        <source>Our check-in</source>
        <translation>Nuestra charla</translation>
    </message>
    <message>
        <source>How I feel now</source>
        <translation>Cómo me siento ahora</translation>
    </message>
    <message>
        <source>Boundaries looked at again</source>
        <translation>Límites revisados</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Próxima charla</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Sin fecha todavía</translation>
    </message>
    <message>
        <source>Type a number to answer (1 then 0 quickly for 10)</source>
        <translation>Escribe un número para responder (1 y luego 0 rápido para el 10)</translation>
    </message>
    <message>
        <source>— means not answered. Type a number (1 then 0 quickly for 10).</source>
        <translation>— significa sin respuesta. Escribe un número (1 y luego 0 rápido para el 10).</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>You can leave this empty.</source>
        <translation>Puedes dejarlo vacío.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation>Cada pocos días</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check-ins you save appear here, newest first.&lt;/p&gt;&lt;p&gt;A check-in takes a quarter of an hour or so: how each of you feels now, an effort you noticed, what feels good and what you would like more of, and what each of you needs this week. Every question can be skipped, and either of you can pause.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las charlas que guardes aparecen aquí, de la más reciente a la más antigua.&lt;/p&gt;&lt;p&gt;Una charla lleva más o menos un cuarto de hora: cómo se siente cada uno ahora, un esfuerzo que notaste, lo que va bien y de qué te gustaría más, y lo que necesita cada uno esta semana. Cualquier pregunta se puede saltar, y cualquiera de los dos puede hacer una pausa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Charlas</translation>
    </message>
    <message>
        <source>Past check-ins</source>
        <translation>Charlas anteriores</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quién participó</translation>
    </message>
    <message>
        <source>The chosen check-in</source>
        <translation>La charla elegida</translation>
    </message>
    <message>
        <source>How often we check in</source>
        <translation>Cada cuánto tenemos una charla</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation>Cada cuántos días</translation>
    </message>
    <message>
        <source>On which day</source>
        <translation>Qué día</translation>
    </message>
    <message>
        <source>on any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>el {day}</translation>
    </message>
    <message>
        <source>A missed check-in is not a failure: start whenever you are ready.</source>
        <translation>Una charla que no se hizo no es un fracaso: empieza cuando quieras.</translation>
    </message>
    <message>
        <source>The check-ins could not be read just now.</source>
        <translation>Ahora mismo no se pudieron leer las charlas.</translation>
    </message>
    <message>
        <source>A check-in is paused. You can pick it up where you left off.</source>
        <translation>Hay una charla en pausa. Puedes retomarla donde la dejaste.</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{name}&apos;s turn</source>
        <translation>Turno de {name}</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Para empezar</translation>
    </message>
    <message>
        <source>Our ground rules: {rules}</source>
        <translation>Nuestras reglas básicas: {rules}</translation>
    </message>
    <message>
        <source>Who is here today?</source>
        <translation>¿Quién está aquí hoy?</translation>
    </message>
    <message>
        <source>{name} is here</source>
        <translation>{name} está aquí</translation>
    </message>
    <message>
        <source>Just you today — a check-in with yourself.</source>
        <translation>Hoy solo tú: una charla contigo.</translation>
    </message>
    <message>
        <source>Date of this check-in</source>
        <translation>Fecha de esta charla</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Taking turns</source>
        <translation>Por turnos</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>la otra persona</translation>
    </message>
    <message>
        <source>{name} begins</source>
        <translation>Empieza {name}</translation>
    </message>
    <message>
        <source>Each of you answers on your own. While {name} answers, {others} can step away from the screen. You will look at everything together at the end.</source>
        <translation>Cada uno responde por su cuenta. Mientras {name} responde, {others} puede apartarse de la pantalla. Al final lo verán todo juntos.</translation>
    </message>
    <message>
        <source>I&apos;m {name} — begin</source>
        <translation>Soy {name}: empezar</translation>
    </message>
    <message>
        <source>Please pass the screen to {name}</source>
        <translation>Pasa la pantalla a {name}, por favor</translation>
    </message>
    <message>
        <source>{before}&apos;s answers are now out of sight. {name}, take your time; when you are ready, continue. Either of you can pause at any moment.</source>
        <translation>Las respuestas de {before} ya no están a la vista. {name}, tómate tu tiempo; cuando quieras, continúa. Cualquiera de los dos puede hacer una pausa en cualquier momento.</translation>
    </message>
    <message>
        <source>I&apos;m {name} — continue</source>
        <translation>Soy {name}: continuar</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Now, and what comes next</source>
        <translation>Ahora, y lo que viene</translation>
    </message>
    <message>
        <source>Done — hand over to {name}</source>
        <translation>Hecho: pasar a {name}</translation>
    </message>
    <message>
        <source>Boundaries to look at again</source>
        <translation>Límites para revisar</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Boundary {number}: {choice}</source>
        <translation>Límite {number}: {choice}</translation>
    </message>
    <message>
        <source>A note for the conversation (optional)</source>
        <translation>Una nota para la conversación (opcional)</translation>
    </message>
    <message>
        <source>Boundary {number}: note</source>
        <translation>Límite {number}: nota</translation>
    </message>
    <message>
        <source>This week, and next time</source>
        <translation>Esta semana, y la próxima vez</translation>
    </message>
    <message>
        <source>Plan our next check-in for</source>
        <translation>Planear nuestra próxima charla para el</translation>
    </message>
    <message>
        <source>Plan the next check-in</source>
        <translation>Planear la próxima charla</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Date of the next check-in</source>
        <translation>Fecha de la próxima charla</translation>
    </message>
    <message>
        <source>Your usual rhythm: {rhythm}.</source>
        <translation>El ritmo habitual: {rhythm}.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Look at this together. Nothing is saved until you choose Save check-in.</source>
        <translation>Es para verlo juntos. No se guarda nada hasta que elijas Guardar la charla.</translation>
    </message>
    <message>
        <source>Summary of this check-in</source>
        <translation>Resumen de esta charla</translation>
    </message>
    <message>
        <source>Just for me, {name} — stored only in my private space</source>
        <translation>Solo para mí, {name}: se guarda únicamente en mi espacio privado</translation>
    </message>
    <message>
        <source>{name}&apos;s private reflection, stored only in {name}&apos;s private space</source>
        <translation>Reflexión privada de {name}, guardada únicamente en el espacio privado de {name}</translation>
    </message>
    <message>
        <source>A private note to yourself. Your partner cannot open it.</source>
        <translation>Una nota privada para ti. Tu pareja no puede abrirla.</translation>
    </message>
    <message>
        <source>Print or save the summary…</source>
        <translation>Imprimir o guardar el resumen…</translation>
    </message>
    <message>
        <source>Print or save the summary</source>
        <translation>Imprimir o guardar el resumen</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Charla</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>&amp;Guardar la charla</translation>
    </message>
    <message>
        <source>Pause: keep this check-in for later and close</source>
        <translation>Pausar: guardar esta charla para más tarde y cerrar</translation>
    </message>
    <message>
        <source>Keeps everything so far, encrypted, and closes. Esc does the same.</source>
        <translation>Guarda todo lo hecho hasta ahora, cifrado, y cierra. Esc hace lo mismo.</translation>
    </message>
    <message>
        <source>This check-in could not be saved</source>
        <translation>No se pudo guardar esta charla</translation>
    </message>
    <message>
        <source>The paused check-in could not be read</source>
        <translation>No se pudo leer la charla en pausa</translation>
    </message>
    <message>
        <source>Its saved state is damaged, so it cannot be opened again. You can start a new check-in instead; the damaged one is then set aside.</source>
        <translation>Su estado guardado está dañado, así que no se puede volver a abrir. Puedes empezar una charla nueva; entonces la dañada se aparta.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>A check-in is paused</source>
        <translation>Hay una charla en pausa</translation>
    </message>
    <message>
        <source>You paused a check-in earlier. Would you like to start a new one instead? The paused one and its answers would then be set aside.</source>
        <translation>Pausaste una charla antes. ¿Quieres empezar una nueva en su lugar? La charla en pausa y sus respuestas se apartarían.</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>Empezar una nueva</translation>
    </message>
    <message>
        <source>Keep the paused one</source>
        <translation>Conservar la que está en pausa</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Handing over — {name}&apos;s screen is hidden</source>
        <translation>Pasando la pantalla: la pantalla de {name} está oculta</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>Pasando la pantalla</translation>
    </message>
    <message>
        <source>It comes back as soon as this question closes.</source>
        <translation>Vuelve en cuanto se cierre esta pregunta.</translation>
    </message>
    <message>
        <source>Only {name} types here — the rest of the screen is hidden</source>
        <translation>Aquí solo escribe {name}: el resto de la pantalla está oculto</translation>
    </message>
</context>
<context>
    <name>Data: agreement starter</name>
    <message>
        <source>Starting points for your agreement</source>
        <translation>Puntos de partida para el acuerdo</translation>
    </message>
    <message>
        <source>These are only suggestions, to help you find your own words. Take what fits, change anything, and leave out whatever does not belong to your story. Nothing here is agreed until each of you says yes.</source>
        <translation>Son solo sugerencias, para ayudarte a encontrar tus propias palabras. Toma lo que encaje, cambia lo que quieras y deja fuera lo que no forme parte de la historia de los dos. Nada de esto está acordado hasta que cada uno diga que sí.</translation>
    </message>
    <message>
        <source>Exclusivity and what it means to us</source>
        <translation>La exclusividad y lo que significa para nosotros</translation>
    </message>
    <message>
        <source>Couples draw the line in different places. Say plainly where yours is.</source>
        <translation>Cada pareja traza la línea en un lugar distinto. Lo importante es decir con claridad dónde está la propia.</translation>
    </message>
    <message>
        <source>We are exclusive with each other, sexually and emotionally.</source>
        <translation>Somos exclusivos el uno con el otro, sexual y emocionalmente.</translation>
    </message>
    <message>
        <source>Saying it out loud means neither of us has to guess.</source>
        <translation>Decirlo en voz alta significa que ninguno tiene que adivinarlo.</translation>
    </message>
    <message>
        <source>For us, being exclusive also covers flirting by message, dating apps and private meetings that we would not want the other to know about.</source>
        <translation>Para nosotros, ser exclusivos también incluye coquetear por mensajes, las aplicaciones de citas y los encuentros privados que no querríamos que el otro supiera.</translation>
    </message>
    <message>
        <source>Naming examples turns a vague promise into something we can both keep.</source>
        <translation>Poner ejemplos convierte una promesa vaga en algo que los dos podemos cumplir.</translation>
    </message>
    <message>
        <source>When either of us is unsure whether something crosses our line, we ask before, not after.</source>
        <translation>Cuando alguno de los dos no está seguro de si algo cruza nuestro límite, lo pregunta antes, no después.</translation>
    </message>
    <message>
        <source>A question asked early costs little and protects a lot.</source>
        <translation>Una pregunta hecha a tiempo cuesta poco y protege mucho.</translation>
    </message>
    <message>
        <source>Contact with the affair partner and others</source>
        <translation>Contacto con la otra persona y con otras personas</translation>
    </message>
    <message>
        <source>If this does not apply to you, skip it. If it does, be as specific as you can.</source>
        <translation>Si no es tu caso, sáltalo. Si lo es, concreta todo lo que puedas.</translation>
    </message>
    <message>
        <source>There is no private contact with the affair partner. If they get in touch, we tell each other the same day.</source>
        <translation>No hay contacto privado con la persona de la aventura. Si se pone en contacto, nos lo contamos el mismo día.</translation>
    </message>
    <message>
        <source>Knowing rather than wondering lets the hurt partner rest.</source>
        <translation>Saber, en lugar de imaginar, deja descansar a la persona herida.</translation>
    </message>
    <message>
        <source>Where contact cannot be avoided (work, children, shared friends), we keep it brief and to the point, and mention it without being asked.</source>
        <translation>Cuando el contacto no se puede evitar (trabajo, hijos, amistades comunes), lo mantenemos breve y concreto, y lo contamos sin que nos lo pregunten.</translation>
    </message>
    <message>
        <source>Openness about the unavoidable keeps it from becoming a secret.</source>
        <translation>Hablar abiertamente de lo inevitable evita que se convierta en un secreto.</translation>
    </message>
    <message>
        <source>We tell each other about new close friendships, and we are glad to introduce each other.</source>
        <translation>Nos contamos las nuevas amistades cercanas y nos alegra presentárnoslas.</translation>
    </message>
    <message>
        <source>Friendships are welcome; hidden ones are where doubt grows.</source>
        <translation>Las amistades son bienvenidas; las ocultas son donde crece la duda.</translation>
    </message>
    <message>
        <source>Transparency and devices</source>
        <translation>Transparencia y dispositivos</translation>
    </message>
    <message>
        <source>Openness offered freely feels different from openness demanded. Agree what feels right for a while, and review it.</source>
        <translation>La apertura ofrecida libremente se siente distinta de la apertura exigida. Conviene acordar lo que parezca bien por un tiempo, y revisarlo.</translation>
    </message>
    <message>
        <source>For now, either of us may ask to see the other&apos;s phone or messages, and the answer is a calm yes.</source>
        <translation>Por ahora, cualquiera de los dos puede pedir ver el teléfono o los mensajes del otro, y la respuesta es un sí tranquilo.</translation>
    </message>
    <message>
        <source>Offered openness helps trust return; it is meant to be needed less over time.</source>
        <translation>La apertura ofrecida ayuda a que vuelva la confianza; la idea es que con el tiempo haga cada vez menos falta.</translation>
    </message>
    <message>
        <source>We do not delete messages or browsing history to hide them from each other.</source>
        <translation>No borramos mensajes ni el historial de navegación para ocultárselos al otro.</translation>
    </message>
    <message>
        <source>What is gone cannot reassure anyone.</source>
        <translation>Lo que ya no está no puede tranquilizar a nadie.</translation>
    </message>
    <message>
        <source>Checking is something we ask for, not something we do in secret; each of us keeps a private space for our own thoughts.</source>
        <translation>Mirar es algo que se pide, no algo que se hace a escondidas; cada uno conserva un espacio privado para sus propios pensamientos.</translation>
    </message>
    <message>
        <source>Transparency should not turn into surveillance, for either of us.</source>
        <translation>La transparencia no debe convertirse en vigilancia, para ninguno de los dos.</translation>
    </message>
    <message>
        <source>How we talk and check in</source>
        <translation>Cómo hablamos y cómo hacemos las charlas</translation>
    </message>
    <message>
        <source>How you talk matters as much as what you talk about.</source>
        <translation>Cómo se habla importa tanto como de qué se habla.</translation>
    </message>
    <message>
        <source>We sit down for a check-in about once a week, at a time that suits us both.</source>
        <translation>Nos sentamos a tener una charla más o menos una vez a la semana, a una hora que nos venga bien a los dos.</translation>
    </message>
    <message>
        <source>A set time means hard things do not have to wait for a bad moment.</source>
        <translation>Tener un momento fijo significa que lo difícil no tiene que esperar a un mal momento.</translation>
    </message>
    <message>
        <source>Either of us can ask for a pause in a difficult conversation. We say when we will come back to it, and we do.</source>
        <translation>Cualquiera de los dos puede pedir una pausa en una conversación difícil. Decimos cuándo volveremos a ella, y volvemos.</translation>
    </message>
    <message>
        <source>A pause is a way of caring for the conversation, not of ending it.</source>
        <translation>Una pausa es una forma de cuidar la conversación, no de terminarla.</translation>
    </message>
    <message>
        <source>In our check-ins we talk about how we feel now and what we need next, one of us speaking at a time.</source>
        <translation>En nuestras charlas hablamos de cómo nos sentimos ahora y de lo que necesitamos a continuación, de uno en uno.</translation>
    </message>
    <message>
        <source>Looking forward gives us something to build.</source>
        <translation>Mirar hacia delante nos da algo que construir.</translation>
    </message>
    <message>
        <source>We do not use name-calling, threats or the silent treatment, even when we are hurt.</source>
        <translation>No usamos insultos, amenazas ni la ley del hielo, ni siquiera cuando estamos dolidos.</translation>
    </message>
    <message>
        <source>Each of us needs to feel safe enough to be honest.</source>
        <translation>Cada uno necesita sentir la seguridad suficiente para hablar con sinceridad.</translation>
    </message>
    <message>
        <source>Intimacy, pace and consent</source>
        <translation>Intimidad, ritmo y consentimiento</translation>
    </message>
    <message>
        <source>Closeness comes back at its own pace. These can be shaped carefully around what each of you needs.</source>
        <translation>La cercanía vuelve a su propio ritmo. Estos puntos se pueden ajustar con cuidado a lo que necesita cada uno.</translation>
    </message>
    <message>
        <source>We go at the pace of whichever of us needs to go slower, and no one is asked to explain a no.</source>
        <translation>Vamos al ritmo de quien de los dos necesite ir más despacio, y a nadie se le pide que explique un no.</translation>
    </message>
    <message>
        <source>Feeling free to say no is what makes a yes mean something.</source>
        <translation>Sentirse libre de decir que no es lo que da sentido a un sí.</translation>
    </message>
    <message>
        <source>We ask before touching in new or sexual ways, and we check in along the way.</source>
        <translation>Preguntamos antes de tocarnos de formas nuevas o sexuales, y lo vamos hablando por el camino.</translation>
    </message>
    <message>
        <source>Asking keeps both of us present and safe.</source>
        <translation>Preguntar nos mantiene presentes y seguros a los dos.</translation>
    </message>
    <message>
        <source>Either of us can stop at any moment, with a word or a sign we have agreed on, and the other stops without pressure or sulking.</source>
        <translation>Cualquiera de los dos puede parar en cualquier momento, con una palabra o una señal acordada, y el otro para sin presionar ni ofenderse.</translation>
    </message>
    <message>
        <source>Stopping is always allowed; it is not a rejection of the person.</source>
        <translation>Parar siempre está permitido; no es un rechazo a la persona.</translation>
    </message>
    <message>
        <source>When something brings back a painful memory, we pause, and the one affected chooses what helps: space, a hand to hold, or talking.</source>
        <translation>Cuando algo trae de vuelta un recuerdo doloroso, hacemos una pausa, y quien lo siente elige lo que le ayuda: espacio, una mano que sostener o hablar.</translation>
    </message>
    <message>
        <source>The one who is hurting knows best what they need in that moment.</source>
        <translation>Quien está sufriendo es quien mejor sabe lo que necesita en ese momento.</translation>
    </message>
    <message>
        <source>We make room for closeness that is not sexual: sitting together, walks, holding hands.</source>
        <translation>Hacemos sitio a una cercanía que no es sexual: estar sentados juntos, pasear, ir de la mano.</translation>
    </message>
    <message>
        <source>Warmth without expectation helps trust grow.</source>
        <translation>El cariño sin expectativas ayuda a que crezca la confianza.</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation>Salud sexual</translation>
    </message>
    <message>
        <source>Looking after each other&apos;s health is part of caring for each other.</source>
        <translation>Cuidar la salud del otro forma parte de cuidarnos mutuamente.</translation>
    </message>
    <message>
        <source>We both get tested for sexually transmitted infections, and share the results with each other.</source>
        <translation>Los dos nos hacemos pruebas de infecciones de transmisión sexual y compartimos los resultados.</translation>
    </message>
    <message>
        <source>It takes away a worry and shows care for the other&apos;s body.</source>
        <translation>Quita una preocupación y muestra cuidado por el cuerpo del otro.</translation>
    </message>
    <message>
        <source>We use protection until we have both been tested and agree that we no longer need it.</source>
        <translation>Usamos protección hasta que los dos nos hayamos hecho las pruebas y estemos de acuerdo en que ya no la necesitamos.</translation>
    </message>
    <message>
        <source>A shared decision, made with full information.</source>
        <translation>Una decisión compartida, tomada con toda la información.</translation>
    </message>
    <message>
        <source>Support and therapy</source>
        <translation>Apoyo y terapia</translation>
    </message>
    <message>
        <source>Neither of you has to carry this alone.</source>
        <translation>Ninguno de los dos tiene que cargar con esto a solas.</translation>
    </message>
    <message>
        <source>We see a couples therapist together, and we go even when we would rather not.</source>
        <translation>Vamos juntos a terapia de pareja, y vamos incluso cuando preferiríamos no ir.</translation>
    </message>
    <message>
        <source>Someone outside the two of us helps us hear each other.</source>
        <translation>Alguien de fuera nos ayuda a escucharnos el uno al otro.</translation>
    </message>
    <message>
        <source>Each of us is free to have our own therapist or support, and what we say there stays ours.</source>
        <translation>Cada uno es libre de tener su propio terapeuta o apoyo, y lo que decimos allí es solo nuestro.</translation>
    </message>
    <message>
        <source>Each of us needs a place of our own to heal.</source>
        <translation>Cada uno necesita un lugar propio para sanar.</translation>
    </message>
    <message>
        <source>We agree together whom we tell about what happened, and each of us may have one trusted person to talk to.</source>
        <translation>Decidimos juntos a quién le contamos lo que pasó, y cada uno puede tener una persona de confianza con quien hablar.</translation>
    </message>
    <message>
        <source>Support matters; so does privacy about our story.</source>
        <translation>El apoyo importa; también la intimidad de nuestra historia.</translation>
    </message>
    <message>
        <source>What we do if a boundary is crossed</source>
        <translation>Qué hacemos si se cruza un límite</translation>
    </message>
    <message>
        <source>Plan for a hard moment while things are calm.</source>
        <translation>Prepara el plan para un momento difícil mientras todo está en calma.</translation>
    </message>
    <message>
        <source>If one of us crosses a boundary, we tell the other ourselves, as soon as we can.</source>
        <translation>Si uno de los dos cruza un límite, se lo cuenta al otro directamente, en cuanto puede.</translation>
    </message>
    <message>
        <source>Being told, rather than finding out, keeps trust possible.</source>
        <translation>Que te lo cuenten, en lugar de descubrirlo, mantiene posible la confianza.</translation>
    </message>
    <message>
        <source>The one who was hurt may take time and space before we talk about it, and says roughly how long.</source>
        <translation>La persona herida puede tomarse tiempo y espacio antes de que hablemos de ello, y dice más o menos cuánto.</translation>
    </message>
    <message>
        <source>Time to steady yourself makes a better conversation.</source>
        <translation>Darte tiempo para serenarte hace que la conversación sea mejor.</translation>
    </message>
    <message>
        <source>We talk about what happened with our therapist, and decide together what, if anything, changes in this agreement.</source>
        <translation>Hablamos de lo que pasó con nuestro terapeuta y decidimos juntos qué cambia en este acuerdo, si es que cambia algo.</translation>
    </message>
    <message>
        <source>A slip is something to work through together, not a verdict.</source>
        <translation>Un tropiezo es algo que trabajar juntos, no un veredicto.</translation>
    </message>
    <message>
        <source>When we review this</source>
        <translation>Cuándo revisamos esto</translation>
    </message>
    <message>
        <source>An agreement that can change is easier to keep.</source>
        <translation>Un acuerdo que puede cambiar es más fácil de cumplir.</translation>
    </message>
    <message>
        <source>We look at this agreement together at least every three months, and sooner if either of us asks.</source>
        <translation>Revisamos juntos este acuerdo al menos cada tres meses, y antes si alguno de los dos lo pide.</translation>
    </message>
    <message>
        <source>What we need now may not be what we need later.</source>
        <translation>Lo que necesitamos ahora puede no ser lo que necesitemos más adelante.</translation>
    </message>
    <message>
        <source>Any of these boundaries can change, but only when we both agree to the new version.</source>
        <translation>Cualquiera de estos límites puede cambiar, pero solo cuando los dos aceptamos la nueva versión.</translation>
    </message>
    <message>
        <source>Neither of us changes the rules alone.</source>
        <translation>Ninguno de los dos cambia las reglas por su cuenta.</translation>
    </message>
    <message>
        <source>When we review, we also notice what has become easier.</source>
        <translation>Cuando revisamos, también nos fijamos en lo que se ha vuelto más fácil.</translation>
    </message>
    <message>
        <source>Seeing how far we have come gives us strength for what is still hard.</source>
        <translation>Ver lo lejos que hemos llegado nos da fuerza para lo que todavía cuesta.</translation>
    </message>
</context>
<context>
    <name>Data: check-in prompts</name>
    <message>
        <source>Settle in for a few minutes together. This is a calm look at how each of you is now, and at what comes next.</source>
        <translation>Unos minutos juntos, con calma. Es una mirada tranquila a cómo está cada uno ahora y a lo que viene.</translation>
    </message>
    <message>
        <source>We talk about now and next, not about what happened before.</source>
        <translation>Hablamos del ahora y de lo que viene, no de lo que pasó antes.</translation>
    </message>
    <message>
        <source>One of us speaks at a time; the other listens to understand, not to answer back.</source>
        <translation>Habla uno cada vez; el otro escucha para entender, no para replicar.</translation>
    </message>
    <message>
        <source>Every question can be skipped, and either of us can pause at any moment. Pausing keeps everything.</source>
        <translation>Cualquier pregunta se puede saltar, y cualquiera de los dos puede hacer una pausa en cualquier momento. Al hacer una pausa se conserva todo.</translation>
    </message>
    <message>
        <source>Where are you today, from 0 to 10? There are no right numbers. You can skip any of them, or choose “rather not say”.</source>
        <translation>¿Dónde estás hoy, del 0 al 10? No hay números correctos. Puedes saltarte cualquiera o elegir “prefiero no decirlo”.</translation>
    </message>
    <message>
        <source>How safe and at ease do I feel with us right now?</source>
        <translation>¿Cuánta seguridad y tranquilidad siento con nosotros ahora mismo?</translation>
    </message>
    <message>
        <source>How much do I long for physical closeness right now?</source>
        <translation>¿Cuánto deseo la cercanía física ahora mismo?</translation>
    </message>
    <message>
        <source>How connected do I feel to you these days?</source>
        <translation>¿Cuánta conexión siento contigo estos días?</translation>
    </message>
    <message>
        <source>How much can I lean on us right now?</source>
        <translation>¿Cuánto puedo apoyarme en nosotros ahora mismo?</translation>
    </message>
    <message>
        <source>An effort of yours I noticed</source>
        <translation>Un esfuerzo tuyo que noté</translation>
    </message>
    <message>
        <source>Something small counts too: a message, a kept promise, a moment of patience.</source>
        <translation>Lo pequeño también cuenta: un mensaje, una promesa cumplida, un momento de paciencia.</translation>
    </message>
    <message>
        <source>An effort I noticed</source>
        <translation>Un esfuerzo que noté</translation>
    </message>
    <message>
        <source>Yours or someone else&apos;s: something small counts too.</source>
        <translation>Tuyo o de otra persona: lo pequeño también cuenta.</translation>
    </message>
    <message>
        <source>Looking at us as we are now.</source>
        <translation>Mirándonos tal como somos ahora.</translation>
    </message>
    <message>
        <source>What feels good between us right now?</source>
        <translation>¿Qué va bien entre nosotros ahora mismo?</translation>
    </message>
    <message>
        <source>A habit, a moment, a way we speak to each other.</source>
        <translation>Un hábito, un momento, una forma de hablarnos.</translation>
    </message>
    <message>
        <source>What would I like more of in the coming weeks?</source>
        <translation>¿De qué me gustaría más en las próximas semanas?</translation>
    </message>
    <message>
        <source>Say it as a wish, in your own words.</source>
        <translation>Dilo como un deseo, con tus propias palabras.</translation>
    </message>
    <message>
        <source>One small step that would help me feel closer</source>
        <translation>Un pequeño paso que me ayudaría a sentirme más cerca</translation>
    </message>
    <message>
        <source>Something either of us could try before we next sit down.</source>
        <translation>Algo que cualquiera de los dos podría probar antes de nuestra próxima charla.</translation>
    </message>
    <message>
        <source>These agreements asked to be looked at again. For each one: keep it as it is, or revisit it together. Revisiting starts a new proposal in the agreement; nothing changes until you both agree.</source>
        <translation>Estos acuerdos pedían una nueva mirada. Para cada uno: dejarlo como está o revisarlo juntos. Revisarlo abre una propuesta nueva en el acuerdo; nada cambia hasta que los dos estén de acuerdo.</translation>
    </message>
    <message>
        <source>What I need this week</source>
        <translation>Lo que necesito esta semana</translation>
    </message>
    <message>
        <source>Time, space, reassurance, help with something — whatever is true for you now.</source>
        <translation>Tiempo, espacio, que me tranquilices, ayuda con algo: lo que sea verdad para ti ahora.</translation>
    </message>
</context>
<context>
    <name>Data: desires</name>
    <message>
        <source>Touch and closeness</source>
        <translation>Caricias y cercanía</translation>
    </message>
    <message>
        <source>Holding hands when we are out together</source>
        <translation>Ir de la mano cuando salimos juntos</translation>
    </message>
    <message>
        <source>A long hug, just to hold each other</source>
        <translation>Un abrazo largo, solo para sentirnos</translation>
    </message>
    <message>
        <source>Lying close on the sofa without anything more</source>
        <translation>Recostarnos juntos en el sofá, sin nada más</translation>
    </message>
    <message>
        <source>Giving or getting a massage with clothes on</source>
        <translation>Dar o recibir un masaje con ropa</translation>
    </message>
    <message>
        <source>Stroking each other&apos;s hair or face</source>
        <translation>Acariciarnos el pelo o la cara</translation>
    </message>
    <message>
        <source>Falling asleep touching each other</source>
        <translation>Quedarnos dormidos tocándonos</translation>
    </message>
    <message>
        <source>Slow kissing, with no need for it to lead anywhere</source>
        <translation>Besos lentos, sin necesidad de que lleven a nada más</translation>
    </message>
    <message>
        <source>A bath or shower together</source>
        <translation>Un baño o una ducha juntos</translation>
    </message>
    <message>
        <source>Words and flirting</source>
        <translation>Palabras y coqueteo</translation>
    </message>
    <message>
        <source>Telling each other what we find attractive</source>
        <translation>Decirnos qué nos resulta atractivo del otro</translation>
    </message>
    <message>
        <source>Flirty messages during the day</source>
        <translation>Mensajes coquetos durante el día</translation>
    </message>
    <message>
        <source>Little notes left for the other to find</source>
        <translation>Notitas para que el otro las encuentre</translation>
    </message>
    <message>
        <source>Saying out loud what we would like, in the moment</source>
        <translation>Decir en voz alta lo que nos apetece, en el momento</translation>
    </message>
    <message>
        <source>Talking afterwards about what felt good</source>
        <translation>Hablar después de lo que nos gustó</translation>
    </message>
    <message>
        <source>Playful teasing that builds anticipation</source>
        <translation>Provocaciones juguetonas que hacen crecer las ganas</translation>
    </message>
    <message>
        <source>Settings and time</source>
        <translation>Lugares y momentos</translation>
    </message>
    <message>
        <source>A regular date night, planned together</source>
        <translation>Una cita fija, planeada juntos</translation>
    </message>
    <message>
        <source>Being close in the morning</source>
        <translation>Estar juntos por la mañana</translation>
    </message>
    <message>
        <source>An evening with no phones and no hurry</source>
        <translation>Una noche sin teléfonos y sin prisas</translation>
    </message>
    <message>
        <source>A night away, just the two of us</source>
        <translation>Una noche fuera, solos los dos</translation>
    </message>
    <message>
        <source>Lights on, so we can see each other</source>
        <translation>Con la luz encendida, para vernos</translation>
    </message>
    <message>
        <source>Candles, music, a room made cosy for us</source>
        <translation>Velas, música, un cuarto preparado para nosotros</translation>
    </message>
    <message>
        <source>Being intimate somewhere other than the bedroom</source>
        <translation>Tener intimidad en otro sitio que no sea el dormitorio</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Touching each other intimately with our hands</source>
        <translation>Tocarnos íntimamente con las manos</translation>
    </message>
    <message>
        <source>Oral sex, giving</source>
        <translation>Sexo oral, dar</translation>
    </message>
    <message>
        <source>Oral sex, receiving</source>
        <translation>Sexo oral, recibir</translation>
    </message>
    <message>
        <source>Intercourse</source>
        <translation>Penetración</translation>
    </message>
    <message>
        <source>Slow sex where nothing has to be reached</source>
        <translation>Sexo lento, sin tener que llegar a nada</translation>
    </message>
    <message>
        <source>Something quick and spontaneous</source>
        <translation>Algo rápido y espontáneo</translation>
    </message>
    <message>
        <source>Trying a position we have not tried before</source>
        <translation>Probar una postura que no hayamos probado</translation>
    </message>
    <message>
        <source>Pleasuring ourselves side by side</source>
        <translation>Darnos placer cada uno a sí mismo, uno al lado del otro</translation>
    </message>
    <message>
        <source>Using a toy together</source>
        <translation>Usar un juguete juntos</translation>
    </message>
    <message>
        <source>One of us taking the lead for an evening</source>
        <translation>Que uno de los dos lleve la iniciativa durante una noche</translation>
    </message>
    <message>
        <source>Fantasies and play</source>
        <translation>Fantasías y juego</translation>
    </message>
    <message>
        <source>Telling each other a fantasy, just as words</source>
        <translation>Contarnos una fantasía, solo con palabras</translation>
    </message>
    <message>
        <source>Dressing up for each other</source>
        <translation>Disfrazarnos el uno para el otro</translation>
    </message>
    <message>
        <source>A little role play</source>
        <translation>Un poco de juego de rol</translation>
    </message>
    <message>
        <source>A blindfold, with the one wearing it in charge of stopping</source>
        <translation>Una venda en los ojos, y quien la lleva decide cuándo parar</translation>
    </message>
    <message>
        <source>Gently holding the other&apos;s wrists down</source>
        <translation>Sujetar con suavidad las muñecas del otro</translation>
    </message>
    <message>
        <source>Reading or watching something erotic together</source>
        <translation>Leer o ver algo erótico juntos</translation>
    </message>
    <message>
        <source>Intimate photos kept only for each other</source>
        <translation>Fotos íntimas guardadas solo para nosotros</translation>
    </message>
    <message>
        <source>Sexual health and protection</source>
        <translation>Salud sexual y protección</translation>
    </message>
    <message>
        <source>Getting tested together and sharing the results</source>
        <translation>Hacernos las pruebas juntos y compartir los resultados</translation>
    </message>
    <message>
        <source>Using condoms for now</source>
        <translation>Usar preservativo por ahora</translation>
    </message>
    <message>
        <source>Talking about contraception and who takes care of it</source>
        <translation>Hablar de anticoncepción y de quién se encarga</translation>
    </message>
    <message>
        <source>Talking openly about pain or discomfort, and stopping for it</source>
        <translation>Hablar abiertamente del dolor o las molestias, y parar si aparecen</translation>
    </message>
    <message>
        <source>Using lubricant to make things more comfortable</source>
        <translation>Usar lubricante para estar más cómodos</translation>
    </message>
    <message>
        <source>Seeing a doctor or therapist together about our sex life</source>
        <translation>Ir juntos a un médico o terapeuta por nuestra vida sexual</translation>
    </message>
</context>
<context>
    <name>Data: steps</name>
    <message>
        <source>Steps at our own pace</source>
        <translation>Pasos a nuestro ritmo</translation>
    </message>
    <message>
        <source>A gentle ladder inspired by sensate focus. We go at the pace of whichever of us needs to go slower, and either of us can step back at any time.</source>
        <translation>Una escalera suave inspirada en la focalización sensorial. Vamos al ritmo de quien de los dos necesite ir más despacio, y cualquiera puede dar un paso atrás en cualquier momento.</translation>
    </message>
    <message>
        <source>Close, with clothes on</source>
        <translation>Cerca, con ropa</translation>
    </message>
    <message>
        <source>Sit or lie close for twenty minutes, clothes on. Hold hands, lean on each other, stroke an arm or a back.</source>
        <translation>Sentarse o recostarse juntos veinte minutos, con ropa. Darse la mano, apoyarse el uno en el otro, acariciar un brazo o la espalda.</translation>
    </message>
    <message>
        <source>Touching breasts or genitals, undressing, and anything that is meant to lead further.</source>
        <translation>Tocar pechos o genitales, desvestirse y cualquier cosa que busque ir más allá.</translation>
    </message>
    <message>
        <source>What did it feel like to be close without anything more being expected?</source>
        <translation>¿Cómo fue estar cerca sin que se esperara nada más?</translation>
    </message>
    <message>
        <source>Taking turns to touch</source>
        <translation>Tocar por turnos</translation>
    </message>
    <message>
        <source>One of you touches, the other receives, then you swap. Notice temperature, texture, pressure. The one receiving says if anything feels uncomfortable.</source>
        <translation>Uno toca y el otro recibe, y luego se cambian. Fíjate en la temperatura, la textura, la presión. Quien recibe dice si algo le resulta incómodo.</translation>
    </message>
    <message>
        <source>Breasts and genitals, and any goal such as arousal. Clothes can stay on or come partly off, as the slower of you prefers.</source>
        <translation>Pechos y genitales, y cualquier objetivo como la excitación. La ropa puede quedarse puesta o quitarse en parte, como prefiera quien vaya más despacio.</translation>
    </message>
    <message>
        <source>What did you notice in your body while touching, and while being touched?</source>
        <translation>¿Qué notaste en tu cuerpo al acariciar y al recibir caricias?</translation>
    </message>
    <message>
        <source>Touch without a goal</source>
        <translation>Caricias sin objetivo</translation>
    </message>
    <message>
        <source>Take turns touching the whole body, without clothes if you both like, simply for the feeling. Guide each other&apos;s hand to show what feels good.</source>
        <translation>Por turnos, acariciar todo el cuerpo, sin ropa si a los dos les apetece, solo por la sensación. Guiar la mano del otro para mostrar lo que gusta.</translation>
    </message>
    <message>
        <source>Touching breasts and genitals, orgasm and intercourse. If arousal comes, let it come and go.</source>
        <translation>Tocar pechos y genitales, el orgasmo y la penetración. Si llega la excitación, dejarla venir e irse.</translation>
    </message>
    <message>
        <source>Was there a moment that felt especially safe, or one where you wanted to pause?</source>
        <translation>¿Hubo un momento que se sintiera especialmente seguro, o uno en el que quisiste hacer una pausa?</translation>
    </message>
    <message>
        <source>Including intimate touch</source>
        <translation>Con caricias íntimas</translation>
    </message>
    <message>
        <source>Touch now includes breasts and genitals, still in turns and still without a goal. Keep talking, or use a signal you both know.</source>
        <translation>Las caricias ya incluyen pechos y genitales, todavía por turnos y todavía sin objetivo. Seguir hablando, o usar una señal que los dos conozcan.</translation>
    </message>
    <message>
        <source>Intercourse and pressing for orgasm. Either of you can stop at any moment.</source>
        <translation>La penetración y buscar el orgasmo. Cualquiera de los dos puede parar en cualquier momento.</translation>
    </message>
    <message>
        <source>What helped you stay present? What would you like the other to know?</source>
        <translation>¿Qué te ayudó a seguir presente? ¿Qué te gustaría que supiera el otro?</translation>
    </message>
    <message>
        <source>Touching together</source>
        <translation>Caricias a la vez</translation>
    </message>
    <message>
        <source>Touch each other at the same time, intimately if you both like. Pleasure is welcome, with no need to reach anything.</source>
        <translation>Acariciarse a la vez, íntimamente si a los dos les apetece. El placer es bienvenido, sin necesidad de llegar a nada.</translation>
    </message>
    <message>
        <source>Intercourse, unless you have both said yes to the next step.</source>
        <translation>La penetración, salvo que los dos hayan dicho que sí al siguiente paso.</translation>
    </message>
    <message>
        <source>How was it to give and receive at once?</source>
        <translation>¿Cómo fue dar y recibir a la vez?</translation>
    </message>
    <message>
        <source>Shared intimacy</source>
        <translation>Intimidad compartida</translation>
    </message>
    <message>
        <source>Sex in whatever form you have both said yes to, at your shared pace, with room to slow down or stop.</source>
        <translation>Sexo en la forma a la que los dos hayan dicho que sí, a su ritmo compartido, con margen para ir más despacio o parar.</translation>
    </message>
    <message>
        <source>Anything either of you has not said yes to. A stop is always respected at once.</source>
        <translation>Cualquier cosa a la que alguno de los dos no haya dicho que sí. Una parada se respeta siempre, al instante.</translation>
    </message>
    <message>
        <source>What felt good, and what would you like to keep for next time?</source>
        <translation>¿Qué se sintió bien, y qué te gustaría conservar para la próxima vez?</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>ddd d MMMM</source>
        <translation>ddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
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
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <translation>ddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo — sample data, deleted when you close TrustDesk</source>
        <translation>Demo: datos de ejemplo que se borran al cerrar TrustDesk</translation>
    </message>
    <message>
        <source>{name}’s password: {password}</source>
        <translation>Contraseña de {name}: {password}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violeta</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ámbar</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Turquesa</translation>
    </message>
    <message>
        <source>Custom colour</source>
        <translation>Color personalizado</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>That is not your current password. Check Caps Lock and try again. If it is forgotten, lock TrustDesk and choose “Forgot my password” to use your recovery code.</source>
        <translation>Esa no es tu contraseña actual. Comprueba la tecla Bloq Mayús y vuelve a intentarlo. Si la has olvidado, bloquea TrustDesk y elige “Olvidé mi contraseña” para usar tu código de recuperación.</translation>
    </message>
    <message>
        <source>That is the password you have now. Please choose a new one.</source>
        <translation>Esa es la contraseña que tienes ahora. Elige una nueva, por favor.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source> Older backups were re-protected too: they open with your new password or your recovery code.</source>
        <translation> Las copias de seguridad anteriores también se han vuelto a proteger: se abren con tu nueva contraseña o con tu código de recuperación.</translation>
    </message>
    <message>
        <source> Older backups were removed, and a fresh one was made.</source>
        <translation> Las copias de seguridad anteriores se han borrado y se ha hecho una nueva.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Your new password works from now on; your old password opens nothing any more.</source>
        <translation>Tu nueva contraseña funciona desde ahora; la antigua ya no abre nada.</translation>
    </message>
    <message>
        <source> Your recovery code needs renewing: the one from before could not take the new keys. Vault → New recovery code… makes a new one to print or keep.</source>
        <translation> Hay que renovar tu código de recuperación: el anterior no pudo recibir las claves nuevas. Bóveda → Nuevo código de recuperación… crea uno nuevo para imprimirlo o guardarlo.</translation>
    </message>
    <message>
        <source> Your recovery code has not changed; if someone may have seen it too, Vault → New recovery code makes a new one.</source>
        <translation> Tu código de recuperación no ha cambiado; si alguien pudo verlo también, Bóveda → Nuevo código de recuperación crea uno nuevo.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Crear un código nuevo</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar a {name}</translation>
    </message>
    <message>
        <source>Partner removed</source>
        <translation>Miembro quitado</translation>
    </message>
    <message>
        <source>{name} can no longer open this vault. The shared space is whole, and it has a new key: keys they may have kept open nothing written from now on, and older backups were re-protected too.</source>
        <translation>{name} ya no puede abrir esta bóveda. El espacio compartido está entero y tiene una clave nueva: las claves que pueda haber guardado no abren nada de lo que se escriba a partir de ahora, y las copias de seguridad anteriores también se han vuelto a proteger.</translation>
    </message>
    <message>
        <source>partners hold different shared keys</source>
        <translation>los miembros tienen claves compartidas distintas</translation>
    </message>
    <message>
        <source>Invite your partner</source>
        <translation>Invita a tu pareja</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Tu color</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>Join this vault</source>
        <translation>Unirse a esta bóveda</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Escribe un nombre, por favor.</translation>
    </message>
    <message>
        <source>That name is already taken here. An initial or a nickname tells you apart.</source>
        <translation>Ese nombre ya está en uso aquí. Una inicial o un apodo servirá para distinguir a cada uno.</translation>
    </message>
    <message>
        <source>{name}, this is your recovery code</source>
        <translation>{name}, este es tu código de recuperación</translation>
    </message>
    <message>
        <source>That is {name}&apos;s password, and {name} is already signed in.</source>
        <translation>Esa es la contraseña de {name}, y {name} ya ha iniciado sesión.</translation>
    </message>
    <message>
        <source>That password did not sign {name} in. Check Caps Lock and try again.</source>
        <translation>Esa contraseña no inició la sesión de {name}. Comprueba la tecla Bloq Mayús y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>tu pareja</translation>
    </message>
    <message>
        <source>Sign in as {name}</source>
        <translation>Iniciar sesión como {name}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Leave this vault</source>
        <translation>Salir de esta bóveda</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s password. Only your own password lets you leave.</source>
        <translation>Esa no es la contraseña de {name}. Solo tu propia contraseña te permite salir.</translation>
    </message>
    <message>
        <source>Leaving… this can take a little while.</source>
        <translation>Saliendo… esto puede tardar un poco.</translation>
    </message>
    <message>
        <source>You have left this vault</source>
        <translation>Has salido de esta bóveda</translation>
    </message>
    <message>
        <source>Your password no longer opens it. The shared space stays for your partner.</source>
        <translation>Tu contraseña ya no la abre. El espacio compartido se queda para tu pareja.</translation>
    </message>
    <message>
        <source>That password did not match. Check Caps Lock and try again.</source>
        <translation>Esa contraseña no coincide. Comprueba la tecla Bloq Mayús y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Remove {name}…</source>
        <translation>Quitar a {name}…</translation>
    </message>
    <message>
        <source> — signed in</source>
        <translation> — sesión iniciada</translation>
    </message>
    <message>
        <source>here since {day}</source>
        <translation>aquí desde el {day}</translation>
    </message>
    <message>
        <source>Renew the shared key</source>
        <translation>Renovar la clave compartida</translation>
    </message>
    <message>
        <source>Renew the key</source>
        <translation>Renovar la clave</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Markdown, in one file</source>
        <translation>Markdown, en un solo archivo</translation>
    </message>
    <message>
        <source>Easy to read and print.</source>
        <translation>Fácil de leer e imprimir.</translation>
    </message>
    <message>
        <source>Markdown, one file per entry</source>
        <translation>Markdown, un archivo por entrada</translation>
    </message>
    <message>
        <source>In a new, empty folder.</source>
        <translation>En una carpeta nueva y vacía.</translation>
    </message>
    <message>
        <source>JSON (the jrnl format)</source>
        <translation>JSON (el formato de jrnl)</translation>
    </message>
    <message>
        <source>For other journal apps; TrustDesk reads it back.</source>
        <translation>Para otras aplicaciones de diario; TrustDesk puede volver a leerlo.</translation>
    </message>
    <message>
        <source>Encrypted backup copy of the whole vault</source>
        <translation>Copia de seguridad cifrada de toda la bóveda</translation>
    </message>
    <message>
        <source>Opens only with a partner&apos;s password or recovery code. Good for a USB stick.</source>
        <translation>Solo se abre con la contraseña o el código de recuperación de uno de los dos. Ideal para una memoria USB.</translation>
    </message>
    <message>
        <source>Markdown and JSON copies are not encrypted. You will be asked to confirm.</source>
        <translation>Las copias en Markdown y JSON no están cifradas. Se te pedirá que lo confirmes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>Hard moments</name>
    <message>
        <source>Your plan is private. It is saved as you write. You can share a copy with your partner, and take it back at any time.</source>
        <translation>Tu plan es privado. Se guarda mientras escribes. Puedes compartir una copia con tu pareja y retirarla cuando quieras.</translation>
    </message>
    <message>
        <source>Share with my partner</source>
        <translation>Compartir con mi pareja</translation>
    </message>
    <message>
        <source>Your trigger plan</source>
        <translation>Tu plan ante los detonantes</translation>
    </message>
    <message>
        <source>Your partner can see it once they join and you share it.</source>
        <translation>Tu pareja podrá verlo cuando se una y lo compartas.</translation>
    </message>
    <message>
        <source>Your partner can read a copy of this plan; changes reach it as you write.</source>
        <translation>Tu pareja puede leer una copia de este plan; los cambios le llegan mientras escribes.</translation>
    </message>
    <message>
        <source>Only you can see this plan.</source>
        <translation>Solo tú puedes ver este plan.</translation>
    </message>
    <message>
        <source>Take my plan back</source>
        <translation>Retirar mi plan</translation>
    </message>
    <message>
        <source>People who help me</source>
        <translation>Personas que me ayudan</translation>
    </message>
    <message>
        <source>Name — how to reach them — when I might call</source>
        <translation>Nombre — cómo contactar — cuándo podría llamar</translation>
    </message>
    <message>
        <source>Some hard days can be seen coming: a trip, the anniversary of the discovery, a family event. List one with what you will do to reassure, or leave that for your partner to say. Home mentions it gently the day before.</source>
        <translation>Algunos días difíciles se ven venir: un viaje, el aniversario del descubrimiento, un evento familiar. Anota uno con lo que harás para dar tranquilidad, o deja que lo diga tu pareja. Inicio lo recordará con delicadeza el día antes.</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>El día</translation>
    </message>
    <message>
        <source>e.g. my work trip to the coast</source>
        <translation>p. ej., mi viaje de trabajo a la costa</translation>
    </message>
    <message>
        <source>What the day is</source>
        <translation>Qué día es</translation>
    </message>
    <message>
        <source>e.g. I will call you each evening at nine</source>
        <translation>p. ej., te llamaré cada noche a las nueve</translation>
    </message>
    <message>
        <source>What I will do to reassure</source>
        <translation>Lo que haré para dar tranquilidad</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Add this day</source>
        <translation>Añadir este día</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximos días</translation>
    </message>
    <message>
        <source>No hard days listed ahead.</source>
        <translation>No hay días difíciles anotados.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Signs I am triggered</source>
        <translation>Señales de que algo me ha removido</translation>
    </message>
    <message>
        <source>What you might notice in me, or I notice in myself</source>
        <translation>Lo que tú podrías notar en mí, o lo que yo noto en mí</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <source>What helps me come back to now</source>
        <translation>Lo que me ayuda a volver al presente</translation>
    </message>
    <message>
        <source>What does not help</source>
        <translation>Lo que no ayuda</translation>
    </message>
    <message>
        <source>What makes it harder, even when meant kindly</source>
        <translation>Lo que lo hace más difícil, aunque sea con buena intención</translation>
    </message>
    <message>
        <source>Words I need to hear</source>
        <translation>Palabras que necesito oír</translation>
    </message>
    <message>
        <source>The words that reach me in a hard moment</source>
        <translation>Las palabras que me llegan en un momento difícil</translation>
    </message>
    <message>
        <source>What I will do for myself</source>
        <translation>Lo que haré por mí</translation>
    </message>
    <message>
        <source>How I take care of myself meanwhile</source>
        <translation>Cómo me cuido mientras tanto</translation>
    </message>
    <message>
        <source>Friends, family, a therapist, a local support service: names and how you reach them. Only you can see this card.</source>
        <translation>Amistades, familia, un terapeuta, un servicio de apoyo cercano: nombres y cómo contactarlos. Solo tú puedes ver esta tarjeta.</translation>
    </message>
    <message>
        <source>Put both feet on the floor. Feel where your body is held up by the chair or the ground.</source>
        <translation>Apoya los dos pies en el suelo. Siente dónde te sostiene la silla o el suelo.</translation>
    </message>
    <message>
        <source>Breathe in slowly for four counts, hold for a moment, breathe out for six.</source>
        <translation>Inspira despacio contando hasta cuatro, aguanta un momento y espira contando hasta seis.</translation>
    </message>
    <message>
        <source>Name five things you can see, four you can touch, three you can hear.</source>
        <translation>Nombra cinco cosas que puedas ver, cuatro que puedas tocar y tres que puedas oír.</translation>
    </message>
    <message>
        <source>Say to yourself: this is a hard moment, and it is now. It will pass.</source>
        <translation>Dite: este es un momento difícil, y es ahora. Pasará.</translation>
    </message>
    <message>
        <source>Tomorrow may be a tender day: {what}.</source>
        <translation>Mañana puede ser un día delicado: {what}.</translation>
    </message>
    <message>
        <source>Today may be a tender day: {what}.</source>
        <translation>Hoy puede ser un día delicado: {what}.</translation>
    </message>
    <message>
        <source>{name} said: “{words}”</source>
        <translation>{name} dijo: “{words}”</translation>
    </message>
    <message>
        <source>“{words}”</source>
        <translation>“{words}”</translation>
    </message>
    <message>
        <source>the check-in</source>
        <translation>la charla</translation>
    </message>
    <message>
        <source>our conversation</source>
        <translation>nuestra conversación</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation>el {day} a las {time}</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>la conversación</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Tu pareja</translation>
    </message>
    <message>
        <source>You paused {about} {started} and said you would come back to it {back}. It is time, whenever you both feel ready.</source>
        <translation>Pausaste {about} {started} con idea de retomarla {back}. Ya es el momento, cuando los dos se sientan listos.</translation>
    </message>
    <message>
        <source>{name} paused {about} {started} and said you would come back to it {back}. It is time, whenever you both feel ready.</source>
        <translation>{name} pausó {about} {started} con idea de retomarla {back}. Ya es el momento, cuando los dos se sientan listos.</translation>
    </message>
    <message>
        <source>You paused {about} {started}, to come back to it {back}. Take the time you need.</source>
        <translation>Pausaste {about} {started}, para retomarla {back}. Tómate el tiempo que necesites.</translation>
    </message>
    <message>
        <source>{name} paused {about} {started}, to come back to it {back}. Take the time you need.</source>
        <translation>{name} pausó {about} {started}, para retomarla {back}. Tómate el tiempo que necesites.</translation>
    </message>
    <message>
        <source>What I will do to reassure on {day}</source>
        <translation>Lo que haré para dar tranquilidad el {day}</translation>
    </message>
    <message>
        <source>Say it</source>
        <translation>Decirlo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {day}</source>
        <translation>Quitar {day}</translation>
    </message>
    <message>
        <source>A hard day</source>
        <translation>Un día difícil</translation>
    </message>
    <message>
        <source>I noticed…</source>
        <translation>Noté…</translation>
    </message>
    <message>
        <source>An effort of {name}&apos;s you noticed, in your words.</source>
        <translation>Un esfuerzo de {name} que notaste, con tus palabras.</translation>
    </message>
    <message>
        <source>I noticed that you…</source>
        <translation>Noté que tú…</translation>
    </message>
    <message>
        <source>What you noticed</source>
        <translation>Lo que notaste</translation>
    </message>
    <message>
        <source>{name} will see it on Home and on the timeline.</source>
        <translation>{name} lo verá en Inicio y en la cronología.</translation>
    </message>
    <message>
        <source>Share it</source>
        <translation>Compartirlo</translation>
    </message>
    <message>
        <source>Share it (Ctrl+Enter)</source>
        <translation>Compartirlo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>A tender day ahead</source>
        <translation>Se acerca un día delicado</translation>
    </message>
    <message>
        <source>Noticed for you</source>
        <translation>Lo que tu pareja notó</translation>
    </message>
    <message>
        <source>{name} noticed: “{text}”</source>
        <translation>{name} notó: “{text}”</translation>
    </message>
    <message>
        <source>I noticed an effort of my partner&apos;s</source>
        <translation>Noté un esfuerzo de mi pareja</translation>
    </message>
    <message>
        <source>Say thank you for an effort, any day, not only at a check-in</source>
        <translation>Agradece un esfuerzo cualquier día, no solo en una charla</translation>
    </message>
    <message>
        <source>Grounding step</source>
        <translation>Paso de anclaje</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Una nota para ti (opcional)</translation>
    </message>
    <message>
        <source>Only you will see it, on your timeline, as a private journal entry.</source>
        <translation>Solo tú la verás, en tu cronología, como una entrada privada del diario.</translation>
    </message>
    <message>
        <source>How strong, 0–10</source>
        <translation>Intensidad, 0–10</translation>
    </message>
    <message>
        <source>rather not say</source>
        <translation>prefiero no decirlo</translation>
    </message>
    <message>
        <source>How strong it was, 0 to 10</source>
        <translation>Qué intensidad tuvo, de 0 a 10</translation>
    </message>
    <message>
        <source>What happened, what helped (optional)</source>
        <translation>Qué pasó, qué ayudó (opcional)</translation>
    </message>
    <message>
        <source>A note about this moment</source>
        <translation>Una nota sobre este momento</translation>
    </message>
    <message>
        <source>Keep this note</source>
        <translation>Guardar esta nota</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>Una nota para ti</translation>
    </message>
    <message>
        <source>Kept in your private journal.</source>
        <translation>Se guarda en tu diario privado.</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Momentos difíciles</translation>
    </message>
    <message>
        <source>This is a hard moment, and you are not alone in it. Take your time.</source>
        <translation>Este es un momento difícil, y no lo vives a solas. Tómate tu tiempo.</translation>
    </message>
    <message>
        <source>Your plan is empty. You can write it on a calmer day, under “My plan”.</source>
        <translation>Tu plan está vacío. Puedes escribirlo un día más tranquilo, en “Mi plan”.</translation>
    </message>
    <message>
        <source>My partner&apos;s plan</source>
        <translation>El plan de mi pareja</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <source>My partner</source>
        <translation>Mi pareja</translation>
    </message>
    <message>
        <source>{name}&apos;s plan, shared with you</source>
        <translation>El plan de {name}, compartido contigo</translation>
    </message>
    <message>
        <source>{name}&apos;s plan</source>
        <translation>El plan de {name}</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>A moment to ground yourself</source>
        <translation>Un momento para anclarte</translation>
    </message>
    <message>
        <source>Hard days ahead</source>
        <translation>Días difíciles por delante</translation>
    </message>
    <message>
        <source>Is this safe for us?</source>
        <translation>¿Es esto seguro para nosotros?</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>What to pause</source>
        <translation>Qué pausar</translation>
    </message>
    <message>
        <source>and come back in</source>
        <translation>y volver en</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Come back in, minutes</source>
        <translation>Volver en, minutos</translation>
    </message>
    <message>
        <source>Take a time-out</source>
        <translation>Hacer una pausa</translation>
    </message>
    <message>
        <source>Go on with the check-in</source>
        <translation>Seguir con la charla</translation>
    </message>
    <message>
        <source>We are back</source>
        <translation>Ya estamos de vuelta</translation>
    </message>
    <message>
        <source>When a conversation gets too much, either of you can pause it. Say when you will come back to it: at least 20 minutes, at most a day.</source>
        <translation>Cuando una conversación se vuelve demasiado, cualquiera de los dos puede pausarla. Indica cuándo se retomará: como mínimo 20 minutos, como máximo un día.</translation>
    </message>
    <message>
        <source>We are back already</source>
        <translation>Volvemos ya</translation>
    </message>
    <message>
        <source>A time-out</source>
        <translation>Una pausa</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Only a vault with two partners has anyone to remove. A vault used by one person never asks about a second one.</source>
        <translation>Solo en una bóveda con dos miembros hay alguien a quien quitar. Una bóveda que usa una sola persona nunca pregunta por un segundo miembro.</translation>
    </message>
    <message>
        <source>Leaving: either partner can leave the vault at any time, with their own password. No one else has to agree.</source>
        <translation>Salir: cualquiera de los dos puede salir de la bóveda en cualquier momento, con su propia contraseña. Nadie más tiene que estar de acuerdo.</translation>
    </message>
    <message>
        <source>Removing the other partner: this works without their password — after a separation they may not be there to type it — but only after a clear warning, confirmed twice (ticking that you understand, and typing the word “remove”).</source>
        <translation>Quitar al otro miembro: funciona sin su contraseña —después de una separación puede que no esté para escribirla—, pero solo tras un aviso claro, confirmado dos veces (marcando que lo entiendes y escribiendo la palabra “remove”).</translation>
    </message>
    <message>
        <source>Either way, nothing of the shared space is lost: the agreement and its signed versions, check-ins, appreciations and shared notes all stay, including what the removed partner wrote, under their name.</source>
        <translation>En ambos casos no se pierde nada del espacio compartido: el acuerdo y sus versiones firmadas, las charlas, los agradecimientos y las notas compartidas se quedan, incluido lo que escribió la persona quitada, con su nombre.</translation>
    </message>
    <message>
        <source>The removed partner&apos;s private space is not deleted. It is moved aside inside the vault folder, still encrypted with a key only they held, so no one can read it — not the partner who stays, and not them either. Their password and recovery code stop working. Anything they want to keep, they should export first.</source>
        <translation>El espacio privado de la persona quitada no se borra. Se aparta dentro de la carpeta de la bóveda, todavía cifrado con una clave que solo ella tenía, así que nadie puede leerlo: ni quien se queda ni ella misma. Su contraseña y su código de recuperación dejan de funcionar. Lo que quiera conservar, debería exportarlo antes.</translation>
    </message>
    <message>
        <source>The shared space gets a new key at the same moment, so keys a former partner may have kept open nothing written from then on. The partner who stays keeps their password and recovery code.</source>
        <translation>El espacio compartido recibe una clave nueva en ese mismo momento, así que las claves que una expareja pueda haber guardado no abren nada de lo que se escriba a partir de entonces. Quien se queda conserva su contraseña y su código de recuperación.</translation>
    </message>
    <message>
        <source>A backup of the whole vault is made just before and kept with the vault&apos;s other backups (for a few weeks), so nothing is lost by mistake. Every backup is then re-protected: the former partner&apos;s password and recovery code open none of them.</source>
        <translation>Justo antes se hace una copia de seguridad de toda la bóveda, que se guarda con las demás copias de la bóveda (durante unas semanas), para que nada se pierda por error. Después, todas las copias se vuelven a proteger: la contraseña y el código de recuperación de la expareja no abren ninguna.</translation>
    </message>
    <message>
        <source>The pages of the window appear once the vault is open.</source>
        <translation>Las páginas de la ventana aparecen cuando la bóveda está abierta.</translation>
    </message>
    <message>
        <source>Ctrl+1 moves to the page: {keys}.</source>
        <translation>Ctrl+1 lleva a la página: {keys}.</translation>
    </message>
    <message>
        <source>Ctrl+1 to {last} move between the pages: {keys}.</source>
        <translation>Ctrl+1 a {last} llevan de una página a otra: {keys}.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Moverse por la aplicación</translation>
    </message>
    <message>
        <source>TrustDesk keeps your agreement, check-ins and journals in an encrypted vault on this computer. Nothing is sent anywhere: there is no account, no cloud and no network code at all.</source>
        <translation>TrustDesk guarda el acuerdo, las charlas y los diarios en una bóveda cifrada en este equipo. No se envía nada a ninguna parte: no hay cuenta, ni nube, ni ningún código de red.</translation>
    </message>
    <message>
        <source>The name and colour at the top of the window show who is signed in. Whatever private content is on screen belongs to that person.</source>
        <translation>El nombre y el color en la parte superior de la ventana muestran quién ha iniciado sesión. El contenido privado que haya en pantalla pertenece a esa persona.</translation>
    </message>
    <message>
        <source>Ctrl+, opens the settings. F1 opens this help. Tab moves from one control to the next, Enter presses the button that has the focus, and Esc closes a dialog (a check-in is paused, never lost).</source>
        <translation>Ctrl+, abre los ajustes. F1 abre esta ayuda. Tab pasa de un control al siguiente, Intro pulsa el botón que tiene el foco y Esc cierra un diálogo (una charla se pausa, nunca se pierde).</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Home gathers what is next: when the next check-in is, boundaries whose review day has come, recent appreciations and milestones.</source>
        <translation>Inicio reúne lo que viene: cuándo es la próxima charla, los límites cuya fecha de revisión ha llegado, los agradecimientos recientes y los hitos.</translation>
    </message>
    <message>
        <source>There are no streaks or scores here. A missed check-in is not a failure.</source>
        <translation>Aquí no hay rachas ni puntuaciones. Una charla que no se hizo no es un fracaso.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>The agreement holds the boundaries you both choose, in categories. Any partner can propose a boundary or a change; it is in force only once both of you agree.</source>
        <translation>El acuerdo reúne los límites que eligen los dos, por categorías. Cualquiera puede proponer un límite o un cambio; solo entra en vigor cuando los dos están de acuerdo.</translation>
    </message>
    <message>
        <source>Each partner gives or withdraws their own consent, after typing their own password. No one can agree for the other.</source>
        <translation>Cada uno da o retira su propio consentimiento, después de escribir su propia contraseña. Nadie puede aceptar por el otro.</translation>
    </message>
    <message>
        <source>When both agree to every active boundary you can sign a new version. Signed versions are never rewritten; compare any two under History.</source>
        <translation>Cuando los dos aceptan todos los límites activos, se puede firmar una versión nueva. Las versiones firmadas nunca se reescriben; en Historial puedes comparar dos cualesquiera.</translation>
    </message>
    <message>
        <source>In the list, the arrow keys move between boundaries and Tab moves on to the details beside it.</source>
        <translation>En la lista, las flechas llevan de un límite a otro y Tab pasa a los detalles de al lado.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Charlas</translation>
    </message>
    <message>
        <source>A check-in walks you through how each of you feels now (0 to 10, or rather not say), an effort you noticed, what feels good and what you would like more of, boundaries due for a look, and what each of you needs this week.</source>
        <translation>Una charla recorre cómo se siente cada uno ahora (de 0 a 10, o prefiero no decirlo), un esfuerzo que notaste, lo que va bien y de qué te gustaría más, los límites que toca revisar y lo que necesita cada uno esta semana.</translation>
    </message>
    <message>
        <source>Every question can be left unanswered. On a rating, type a number to answer: 7 is 7, and 1 then 0 typed quickly is 10. Delete takes an answer back.</source>
        <translation>Cualquier pregunta puede quedar sin respuesta. En una valoración, escribe un número para responder: 7 es 7, y 1 y luego 0 escritos rápido es 10. Supr retira una respuesta.</translation>
    </message>
    <message>
        <source>Either of you can pause at any moment (Pause or Esc); the check-in is kept, encrypted, and opens again on the page you left.</source>
        <translation>Cualquiera de los dos puede hacer una pausa en cualquier momento (Pausar o Esc); la charla se guarda, cifrada, y se vuelve a abrir en la página donde la dejaste.</translation>
    </message>
    <message>
        <source>When both of you take part on one screen, each answers in their own turn, and the answers of the first turn go out of sight before the screen is handed over.</source>
        <translation>Cuando los dos participan en una misma pantalla, cada uno responde en su turno, y las respuestas del primer turno se ocultan antes de pasar la pantalla.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Private entries are stored in your own private space: your partner cannot open them. Shared notes are for both of you.</source>
        <translation>Las entradas privadas se guardan en tu propio espacio privado: tu pareja no puede abrirlas. Las notas compartidas son para los dos.</translation>
    </message>
    <message>
        <source>Entries save themselves as you write. A mood and tags are optional.</source>
        <translation>Las entradas se guardan solas mientras escribes. El estado de ánimo y las etiquetas son opcionales.</translation>
    </message>
    <message>
        <source>Search finds words in every entry you can open, inside the encrypted vault.</source>
        <translation>La búsqueda encuentra palabras en todas las entradas que puedes abrir, dentro de la bóveda cifrada.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>The timeline shows everything you may see, newest first: check-ins, appreciations, signed versions, journal entries and milestones.</source>
        <translation>La cronología muestra todo lo que puedes ver, de lo más reciente a lo más antiguo: charlas, agradecimientos, versiones firmadas, entradas del diario e hitos.</translation>
    </message>
    <message>
        <source>The trend chart shows each partner&apos;s check-in answers over time, with signed versions of the agreement marked v1, v2 and so on. Its words below the chart say the same for anyone who cannot see it.</source>
        <translation>El gráfico de tendencias muestra las respuestas de cada uno en las charlas a lo largo del tiempo, con las versiones firmadas del acuerdo marcadas como v1, v2, etc. El texto bajo el gráfico dice lo mismo para quien no pueda verlo.</translation>
    </message>
    <message>
        <source>A report for a therapist can be printed or saved as a PDF for the dates you choose.</source>
        <translation>Un informe para un terapeuta se puede imprimir o guardar como PDF para las fechas que elijas.</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <source>The desire list: each of you answers privately, for each thing couples do together, yes, yes with care, maybe, not now or no. Your answers stay in your own private space.</source>
        <translation>La lista de deseos: cada uno responde en privado, para cada cosa que las parejas hacen juntas, sí, sí con cuidado, quizá, ahora no o no. Tus respuestas se quedan en tu propio espacio privado.</translation>
    </message>
    <message>
        <source>Looking together needs both of you, each proving it is them with their own password. It shows only what you both said yes to: never a no, and never a yes the other did not share.</source>
        <translation>Mirarla juntos necesita a los dos, y cada uno demuestra que es quien es con su propia contraseña. Solo muestra aquello a lo que los dos dijeron que sí: nunca un no, y nunca un sí que el otro no compartió.</translation>
    </message>
    <message>
        <source>Steps at our own pace open one at a time, only when both of you have privately said you are ready. Either of you can step back, without giving a reason.</source>
        <translation>Los pasos a nuestro ritmo se abren de uno en uno, solo cuando los dos han dicho en privado que están listos. Cualquiera de los dos puede dar un paso atrás, sin dar explicaciones.</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Momentos difíciles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M, from any page, opens one calm screen: your trigger plan, your partner&apos;s plan if they shared it, a short grounding step and the time-out.</source>
        <translation>Ctrl+Shift+M, desde cualquier página, abre una pantalla tranquila: tu plan ante los detonantes, el plan de tu pareja si lo compartió, un breve paso de anclaje y la pausa.</translation>
    </message>
    <message>
        <source>Your trigger plan is private: signs you are triggered, what helps, what does not, the words you need to hear and what you will do for yourself. You can share a copy with your partner and take it back at any time.</source>
        <translation>Tu plan ante los detonantes es privado: las señales de que algo te ha removido, lo que ayuda, lo que no, las palabras que necesitas oír y lo que harás por ti. Puedes compartir una copia con tu pareja y retirarla cuando quieras.</translation>
    </message>
    <message>
        <source>A time-out pauses a conversation or a check-in for 20 minutes up to a day (30 minutes unless you choose). TrustDesk shows who paused and when you said you would come back, and offers to pick up again then. It keeps no count of them.</source>
        <translation>Una pausa detiene una conversación o una charla de 20 minutos a un día (30 minutos si no eliges otra cosa). TrustDesk muestra quién hizo la pausa y cuándo se dijo que se retomaría, y propone retomarla entonces. No lleva la cuenta de las pausas.</translation>
    </message>
    <message>
        <source>Hard days ahead: list a day you can see coming, with what you will do to reassure. Home mentions it gently the day before.</source>
        <translation>Días difíciles por delante: anota un día que veas venir, con lo que harás para dar tranquilidad. Inicio lo recordará con delicadeza el día antes.</translation>
    </message>
    <message>
        <source>“I noticed…” on Home thanks your partner for an effort on any day; check-ins still gather appreciations too.</source>
        <translation>“Noté…” en Inicio agradece a tu pareja un esfuerzo cualquier día; las charlas siguen recogiendo agradecimientos también.</translation>
    </message>
    <message>
        <source>Honest answers</source>
        <translation>Respuestas sinceras</translation>
    </message>
    <message>
        <source>The partner with questions writes them privately and shares them when ready, as many as they choose. Unshared questions stay in their private space.</source>
        <translation>Quien tiene preguntas las escribe en privado y las comparte cuando quiere, tantas como elija. Las preguntas sin compartir se quedan en su espacio privado.</translation>
    </message>
    <message>
        <source>The other partner answers each one in writing, or promises to answer it in person by a day. A given answer is kept exactly as it was given; either of you can add follow-ups below it.</source>
        <translation>La otra persona responde cada una por escrito, o promete responderla en persona antes de una fecha. Una respuesta dada se conserva exactamente como se dio; cualquiera de los dos puede añadir seguimientos debajo.</translation>
    </message>
    <message>
        <source>A session lasts as long as the person asking chooses; when the time is up, TrustDesk suggests a break. “I have what I need” closes a question.</source>
        <translation>Una sesión dura lo que decida quien pregunta; cuando se acaba el tiempo, TrustDesk sugiere un descanso. “Ya tengo lo que necesito” cierra una pregunta.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Ctrl+L locks TrustDesk at once. Ctrl+Shift+H locks and hides the window in one keystroke.</source>
        <translation>Ctrl+L bloquea TrustDesk al instante. Ctrl+Shift+H bloquea y oculta la ventana con una sola combinación.</translation>
    </message>
    <message>
        <source>TrustDesk also locks itself after some minutes without use (five, unless you change it in Settings), and when the screen locks or the computer goes to sleep, where the desktop tells it so.</source>
        <translation>TrustDesk también se bloquea solo tras unos minutos sin uso (cinco, salvo que lo cambies en Ajustes), y cuando se bloquea la pantalla o el equipo entra en reposo, si el escritorio se lo indica.</translation>
    </message>
    <message>
        <source>Locking closes the vault&apos;s files and clears every page and password field. What you were writing is already saved, encrypted, so nothing is lost.</source>
        <translation>Bloquear cierra los archivos de la bóveda y vacía todas las páginas y campos de contraseña. Lo que estabas escribiendo ya está guardado, cifrado, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Each partner has a private space that only their own password opens, and both share one space for the agreement, check-ins, appreciations and shared notes.</source>
        <translation>Cada miembro de la pareja tiene un espacio privado que solo abre su propia contraseña, y los dos comparten un espacio para el acuerdo, las charlas, los agradecimientos y las notas compartidas.</translation>
    </message>
    <message>
        <source>A second partner can join at any time from Partners → Invite your partner. They choose their own name, colour and password and get their own recovery code.</source>
        <translation>Tu pareja puede unirse en cualquier momento desde Pareja → Invitar a tu pareja. Elige su propio nombre, color y contraseña, y recibe su propio código de recuperación.</translation>
    </message>
    <message>
        <source>Partners → Switch partner signs the other partner in: the first partner&apos;s private space closes, the shared space stays open.</source>
        <translation>Pareja → Turno de tu pareja inicia la sesión del otro miembro: el espacio privado del primero se cierra y el espacio compartido sigue abierto.</translation>
    </message>
    <message>
        <source>Removing a partner</source>
        <translation>Quitar a un miembro</translation>
    </message>
    <message>
        <source>Passwords and recovery codes</source>
        <translation>Contraseñas y códigos de recuperación</translation>
    </message>
    <message>
        <source>Each partner has a password and a recovery code. The recovery code can set a new password if the old one is forgotten: choose “Forgot my password” when unlocking.</source>
        <translation>Cada miembro tiene una contraseña y un código de recuperación. El código de recuperación permite poner una contraseña nueva si se olvida la antigua: elige “Olvidé mi contraseña” al desbloquear.</translation>
    </message>
    <message>
        <source>Changing your password (Vault → Change password) leaves your recovery code and your partner&apos;s password as they are. Your spaces get new keys and older backups are re-protected, so the old password opens nothing any more.</source>
        <translation>Cambiar tu contraseña (Bóveda → Cambiar contraseña) deja como están tu código de recuperación y la contraseña de tu pareja. Tus espacios reciben claves nuevas y las copias de seguridad anteriores se vuelven a proteger, así que la contraseña antigua ya no abre nada.</translation>
    </message>
    <message>
        <source>Vault → New recovery code makes a new code and sheet; the old code then opens nothing, in the vault or in its backups.</source>
        <translation>Bóveda → Nuevo código de recuperación crea un código y una hoja nuevos; a partir de entonces el código antiguo no abre nada, ni en la bóveda ni en sus copias de seguridad.</translation>
    </message>
    <message>
        <source>There is no other way in. Keep the recovery sheet somewhere only you can reach.</source>
        <translation>No hay otra forma de entrar. Guarda la hoja de recuperación en un lugar al que solo tú tengas acceso.</translation>
    </message>
    <message>
        <source>A private, offline place for couples — or one partner alone — rebuilding trust: a boundary agreement you both sign, gentle check-ins, a private journal each, and a timeline of how far you have come.</source>
        <translation>Un lugar privado y sin conexión para parejas —o para una sola persona— que están reconstruyendo la confianza: un acuerdo de límites que firman los dos, charlas tranquilas, un diario privado para cada uno y una cronología de todo el camino recorrido.</translation>
    </message>
    <message>
        <source>Everything stays encrypted on this computer. TrustDesk has no account, no cloud and no network code.</source>
        <translation>Todo se queda cifrado en este equipo. TrustDesk no tiene cuenta, ni nube, ni código de red.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>Acerca de TrustDesk</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Temas de ayuda</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Agreement history</source>
        <translation>Historial del acuerdo</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>Versiones firmadas</translation>
    </message>
    <message>
        <source>The chosen version</source>
        <translation>La versión elegida</translation>
    </message>
    <message>
        <source>Compare with the current draft</source>
        <translation>Comparar con el borrador actual</translation>
    </message>
    <message>
        <source>Compare with the version before</source>
        <translation>Comparar con la versión anterior</translation>
    </message>
    <message>
        <source>Print this version</source>
        <translation>Imprimir esta versión</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>about a year ago</source>
        <translation>hace alrededor de un año</translation>
    </message>
    <message>
        <source>This is the beginning. Once you save a first check-in, this is where you will see how far you have come.</source>
        <translation>Este es el comienzo. Cuando guardes una primera charla, aquí verás todo el camino recorrido.</translation>
    </message>
    <message>
        <source>Your agreement is signed (version {number}).</source>
        <translation>El acuerdo está firmado (versión {number}).</translation>
    </message>
    <message>
        <source>You began on {day}, {ago}.</source>
        <translation>Todo empezó el {day}, {ago}.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held} together and shared {shared}.</source>
        <translation>Desde entonces has tenido {held} en pareja y compartido {shared}.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held} and shared {shared}.</source>
        <translation>Desde entonces has tenido {held} y compartido {shared}.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held} together.</source>
        <translation>Desde entonces has tenido {held} en pareja.</translation>
    </message>
    <message>
        <source>Since then you have sat down for {held}.</source>
        <translation>Desde entonces has tenido {held}.</translation>
    </message>
    <message>
        <source>Your agreement is at version {number}, signed on {day}.</source>
        <translation>El acuerdo está en la versión {number}, firmada el {day}.</translation>
    </message>
    <message>
        <source>Your agreement is at version {number}.</source>
        <translation>El acuerdo está en la versión {number}.</translation>
    </message>
    <message numerus="yes">
        <source>about %n years ago</source>
        <translation>
            <numerusform>hace alrededor de %n año</numerusform>
            <numerusform>hace alrededor de %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n charla</numerusform>
            <numerusform>%n charlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appreciations</source>
        <translation>
            <numerusform>%n agradecimiento</numerusform>
            <numerusform>%n agradecimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>hace %n semana</numerusform>
            <numerusform>hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n years ago</source>
        <translation>
            <numerusform>hace más de %n año</numerusform>
            <numerusform>hace más de %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the agreement</source>
        <translation>
            <numerusform>y %n más en el acuerdo</numerusform>
            <numerusform>y %n más en el acuerdo</numerusform>
        </translation>
    </message>
    <message>
        <source>Your recovery code needs renewing: the vault&apos;s keys were renewed, and the code from before no longer opens it. Whenever it suits you, Vault → New recovery code… makes a new one to print or keep.</source>
        <translation>Hay que renovar tu código de recuperación: las claves de la bóveda se renovaron y el código anterior ya no la abre. Cuando te venga bien, Bóveda → Nuevo código de recuperación… crea uno nuevo para imprimirlo o guardarlo.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>Looking at the desire list again</source>
        <translation>Volver a mirar la lista de deseos</translation>
    </message>
    <message>
        <source>How far you have come</source>
        <translation>El camino recorrido</translation>
    </message>
    <message>
        <source>Open the timeline</source>
        <translation>Abrir la cronología</translation>
    </message>
    <message>
        <source>Boundaries to look at again</source>
        <translation>Límites para revisar</translation>
    </message>
    <message>
        <source>Recent appreciations</source>
        <translation>Agradecimientos recientes</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hola, {name}</translation>
    </message>
    <message>
        <source>A check-in is paused. You can go on from where you stopped, whenever you like.</source>
        <translation>Hay una charla en pausa. Puedes seguir desde donde la dejaste, cuando quieras.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be looked at again.</source>
        <translation>No hay nada pendiente de revisar.</translation>
    </message>
    <message>
        <source>Open the boundary: {text}</source>
        <translation>Abrir el límite: {text}</translation>
    </message>
    <message>
        <source>Open it in the agreement</source>
        <translation>Abrirlo en el acuerdo</translation>
    </message>
    <message>
        <source>You can look at them at your next check-in, or in the agreement.</source>
        <translation>Puedes mirarlos en la próxima charla, o en el acuerdo.</translation>
    </message>
    <message>
        <source>Efforts you notice and say out loud at check-ins appear here.</source>
        <translation>Aquí aparecen los esfuerzos que notas y dices en voz alta en las charlas.</translation>
    </message>
    <message>
        <source>Days worth remembering appear here. Add one on the timeline.</source>
        <translation>Aquí aparecen los días que merece la pena recordar. Añade uno en la cronología.</translation>
    </message>
    <message>
        <source>A former partner</source>
        <translation>Una expareja</translation>
    </message>
    <message>
        <source>{name} appreciated: {words}</source>
        <translation>{name} agradeció: {words}</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <source>Invite your partner</source>
        <translation>Invita a tu pareja</translation>
    </message>
    <message>
        <source>Hand the keyboard to your partner. They choose their own name, colour and password.</source>
        <translation>Pasa el teclado a tu pareja. Elegirá su propio nombre, color y contraseña.</translation>
    </message>
    <message>
        <source>They get a private space of their own: you cannot open theirs, and they cannot open yours. The agreement, check-ins and shared notes belong to you both.</source>
        <translation>Tendrá su propio espacio privado: tú no puedes abrir el suyo, y tu pareja no puede abrir el tuyo. El acuerdo, las charlas y las notas compartidas son de los dos.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Tu color</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>This copy will not be encrypted</source>
        <translation>Esta copia no estará cifrada</translation>
    </message>
    <message>
        <source>Markdown and JSON files are plain text: anyone who can open the file can read every word in it, and it stays on the disk until you delete it.

Keep it somewhere only you can reach, and delete it when you no longer need it. For a copy that stays private, choose the encrypted backup instead.</source>
        <translation>Los archivos Markdown y JSON son texto sin cifrar: cualquiera que pueda abrir el archivo puede leer cada palabra, y se queda en el disco hasta que lo borres.

Guárdalo donde solo tú tengas acceso, y bórralo cuando ya no lo necesites. Para una copia que siga siendo privada, elige mejor la copia de seguridad cifrada.</translation>
    </message>
    <message>
        <source>Export {space}</source>
        <translation>Exportar {space}</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Exportar sin cifrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Choose where the backup goes</source>
        <translation>Elige dónde guardar la copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elige una carpeta</translation>
    </message>
    <message>
        <source>The export could not be written</source>
        <translation>No se pudo escribir la exportación</translation>
    </message>
    <message>
        <source>Backup copy made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>An encrypted copy of the vault is in {folder}.</source>
        <translation>Hay una copia cifrada de la bóveda en {folder}.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to {file}.</source>
        <translation>
            <numerusform>%n entrada escrita en {file}.</numerusform>
            <numerusform>%n entradas escritas en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your private journal is empty.

Write what you cannot say yet, or what you want to remember. Press Ctrl+N to begin.</source>
        <translation>Tu diario privado está vacío.

Escribe lo que todavía no puedes decir, o lo que quieres recordar. Pulsa Ctrl+N para empezar.</translation>
    </message>
    <message>
        <source>No shared notes yet.

Shared notes can be read by both of you.</source>
        <translation>Todavía no hay notas compartidas.

Las notas compartidas las pueden leer los dos.</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or fewer words.</source>
        <translation>No se encontró nada. Prueba con otra palabra, o con menos palabras.</translation>
    </message>
    <message>
        <source>Search this journal  (Ctrl+F)</source>
        <translation>Buscar en este diario  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search this journal</source>
        <translation>Buscar en este diario</translation>
    </message>
    <message>
        <source>Order of search results</source>
        <translation>Orden de los resultados</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Más relevantes</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Show only entries with this tag</source>
        <translation>Mostrar solo las entradas con esta etiqueta</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Show the calendar</source>
        <translation>Mostrar el calendario</translation>
    </message>
    <message>
        <source>Go to a day</source>
        <translation>Ir a un día</translation>
    </message>
    <message>
        <source>Back to the newest</source>
        <translation>Volver a lo más reciente</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Entradas, las más recientes primero</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Entrada nueva</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Empezar una entrada nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>From {day} back</source>
        <translation>Desde el {day} hacia atrás</translation>
    </message>
    <message>
        <source>Choose an entry from the list, or start a new one (Ctrl+N).</source>
        <translation>Elige una entrada de la lista, o empieza una nueva (Ctrl+N).</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>My private journal</source>
        <translation>Mi diario privado</translation>
    </message>
    <message>
        <source>Shared notes</source>
        <translation>Notas compartidas</translation>
    </message>
    <message>
        <source>Shared notes, readable by both of you</source>
        <translation>Notas compartidas, que pueden leer los dos</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Recuperarla</translation>
    </message>
    <message>
        <source>Bring the deleted entry back</source>
        <translation>Recuperar la entrada borrada</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>My private journal ({name})</source>
        <translation>Mi diario privado ({name})</translation>
    </message>
    <message>
        <source>{name}&apos;s private journal: only {name} can open it</source>
        <translation>Diario privado de {name}: solo {name} puede abrirlo</translation>
    </message>
    <message>
        <source>Write whatever you need to. Only you can read it.</source>
        <translation>Escribe lo que necesites. Solo tú puedes leerlo.</translation>
    </message>
    <message>
        <source>A note for you both. Your partner can read it too.</source>
        <translation>Una nota para los dos. Tu pareja también puede leerla.</translation>
    </message>
    <message>
        <source>{name}&apos;s private journal. Only you can open it.</source>
        <translation>Diario privado de {name}. Solo tú puedes abrirlo.</translation>
    </message>
    <message>
        <source>Search your private journal  (Ctrl+F)</source>
        <translation>Buscar en tu diario privado  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shared notes. {name} can read them too.</source>
        <translation>Notas compartidas. {name} también puede leerlas.</translation>
    </message>
    <message>
        <source>Shared notes.</source>
        <translation>Notas compartidas.</translation>
    </message>
    <message>
        <source>Search the shared notes  (Ctrl+F)</source>
        <translation>Buscar en las notas compartidas  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Tu pareja</translation>
    </message>
    <message>
        <source>{name} wrote this note. Only {name} can change it.</source>
        <translation>{name} escribió esta nota. Solo {name} puede cambiarla.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Borrar esta entrada?</translation>
    </message>
    <message>
        <source>“{title}” will be deleted from this journal. You can bring it back straight away.</source>
        <translation>“{title}” se borrará de este diario. Podrás recuperarla enseguida.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>“{title}” was deleted.</source>
        <translation>“{title}” se ha borrado.</translation>
    </message>
    <message>
        <source>{name}&apos;s private journal</source>
        <translation>Diario privado de {name}</translation>
    </message>
    <message>
        <source>Day of this entry</source>
        <translation>Día de esta entrada</translation>
    </message>
    <message>
        <source>Wednesday 30 September 2026</source>
        <translation>miércoles, 30 de septiembre de 2026</translation>
    </message>
    <message>
        <source>Mood (optional)</source>
        <translation>Estado de ánimo (opcional)</translation>
    </message>
    <message>
        <source>No mood chosen</source>
        <translation>Sin estado de ánimo</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Write whatever you need to. Only you can open this.</source>
        <translation>Escribe lo que necesites. Solo tú puedes abrir esto.</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Volver a intentar guardar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo typing</source>
        <translation>Deshacer la escritura</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo typing</source>
        <translation>Rehacer la escritura</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>“ Quote</source>
        <translation>“ Cita</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <source>{problem} Your words are still here, in this window. {advice}</source>
        <translation>{problem} Tus palabras siguen aquí, en esta ventana. {advice}</translation>
    </message>
</context>
<context>
    <name>Journal import</name>
    <message>
        <source>Import entries</source>
        <translation>Importar entradas</translation>
    </message>
    <message>
        <source>Choose a jrnl JSON file…</source>
        <translation>Elegir un archivo JSON de jrnl…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>What would be imported</source>
        <translation>Qué se importaría</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose a jrnl JSON export</source>
        <translation>Elige una exportación JSON de jrnl</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown or text files</source>
        <translation>Elige una carpeta con archivos Markdown o de texto</translation>
    </message>
</context>
<context>
    <name>LeaveVaultDialog</name>
    <message>
        <source>Leave this vault</source>
        <translation>Salir de esta bóveda</translation>
    </message>
    <message>
        <source>{name}, after leaving you can no longer open this vault: your password and recovery code stop working.</source>
        <translation>{name}, después de salir ya no podrás abrir esta bóveda: tu contraseña y tu código de recuperación dejarán de funcionar.</translation>
    </message>
    <message>
        <source>Your private space (journal, reflections, drafts) is not deleted, but no one will be able to open it any more — including you. If you want to keep any of it, export it before you leave.</source>
        <translation>Tu espacio privado (diario, reflexiones, borradores) no se borra, pero nadie podrá volver a abrirlo, ni siquiera tú. Si quieres conservar algo, expórtalo antes de salir.</translation>
    </message>
    <message>
        <source>The shared space stays whole for {others}, including what you wrote there.</source>
        <translation>El espacio compartido se queda entero para {others}, incluido lo que escribiste allí.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Main window</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock TrustDesk now (Ctrl+L)</source>
        <translation>Bloquear TrustDesk ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick &amp;hide</source>
        <translation>&amp;Ocultar rápido</translation>
    </message>
    <message>
        <source>Lock and hide the window at once</source>
        <translation>Bloquear y ocultar la ventana a la vez</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Cambiar contraseña…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Nuevo código de &amp;recuperación…</translation>
    </message>
    <message>
        <source>Make a new recovery code; the old one then opens nothing</source>
        <translation>Crear un código de recuperación nuevo; el antiguo dejará de abrir nada</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Close TrustDesk</source>
        <translation>Cerrar &amp;TrustDesk</translation>
    </message>
    <message>
        <source>&amp;Invite your partner…</source>
        <translation>&amp;Invitar a tu pareja…</translation>
    </message>
    <message>
        <source>Let your partner join this vault</source>
        <translation>Permite que tu pareja se una a esta bóveda</translation>
    </message>
    <message>
        <source>&amp;Switch partner…</source>
        <translation>&amp;Turno de tu pareja…</translation>
    </message>
    <message>
        <source>Sign the other partner in</source>
        <translation>Iniciar la sesión del otro miembro</translation>
    </message>
    <message>
        <source>&amp;Partners…</source>
        <translation>&amp;Miembros…</translation>
    </message>
    <message>
        <source>&amp;Renew the shared key…</source>
        <translation>&amp;Renovar la clave compartida…</translation>
    </message>
    <message>
        <source>Make sure keys a former partner kept no longer open the shared space</source>
        <translation>Asegurarse de que las claves que guardó una expareja ya no abren el espacio compartido</translation>
    </message>
    <message>
        <source>TrustDesk &amp;help</source>
        <translation>A&amp;yuda de TrustDesk</translation>
    </message>
    <message>
        <source>Hard &amp;moment</source>
        <translation>&amp;Momento difícil</translation>
    </message>
    <message>
        <source>A calm screen for a hard moment: your plans, grounding, a time-out (Ctrl+Shift+M)</source>
        <translation>Una pantalla tranquila para un momento difícil: los planes, anclaje, una pausa (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>Acerca &amp;de TrustDesk</translation>
    </message>
    <message>
        <source>Hard moment</source>
        <translation>Momento difícil</translation>
    </message>
    <message>
        <source>Switch partner</source>
        <translation>Turno de tu pareja</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Pareja</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Switch to {name}…</source>
        <translation>&amp;Pasar a {name}…</translation>
    </message>
    <message>
        <source>Sign {name} in; your private space closes</source>
        <translation>Inicia la sesión de {name}; tu espacio privado se cierra</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Add a milestone</source>
        <translation>Añadir un hito</translation>
    </message>
    <message>
        <source>A day worth remembering: a first, a conversation, a step you took together.</source>
        <translation>Un día que merece recordarse: una primera vez, una conversación, un paso dado juntos.</translation>
    </message>
    <message>
        <source>TrustDesk marked this day by itself. It stays on your timeline.</source>
        <translation>TrustDesk marcó este día por su cuenta. Se queda en tu cronología.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Day of the milestone</source>
        <translation>Día del hito</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>For example: our first weekend away again</source>
        <translation>Por ejemplo: nuestro primer fin de semana fuera otra vez</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A note about the milestone</source>
        <translation>Una nota sobre el hito</translation>
    </message>
    <message>
        <source>A few words to remember it by (optional)</source>
        <translation>Unas palabras para recordarlo (opcional)</translation>
    </message>
</context>
<context>
    <name>NewCodePage</name>
    <message>
        <source>A new recovery code</source>
        <translation>Un código de recuperación nuevo</translation>
    </message>
    <message>
        <source>If someone may have seen your recovery sheet, or you simply want a fresh one, TrustDesk can make a new code for you.</source>
        <translation>Si alguien puede haber visto tu hoja de recuperación, o simplemente quieres una nueva, TrustDesk puede crear un código nuevo para ti.</translation>
    </message>
    <message>
        <source>Once the new code is made, your old recovery code opens nothing: not the vault, and not its backups, which are re-protected with the new code. Your password stays the same.</source>
        <translation>Una vez creado el código nuevo, tu código de recuperación antiguo no abre nada: ni la bóveda ni sus copias de seguridad, que se vuelven a proteger con el código nuevo. Tu contraseña sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>{name}&apos;s colour</source>
        <translation>Color de {name}</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Sesión iniciada como {name}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Keeping it private</source>
        <translation>Mantenerlo en privado</translation>
    </message>
    <message>
        <source>How locking works</source>
        <translation>Cómo funciona el bloqueo</translation>
    </message>
    <message>
        <source>This vault is yours alone. Your private space and the shared space are open.</source>
        <translation>Esta bóveda es solo tuya. Tu espacio privado y el espacio compartido están abiertos.</translation>
    </message>
    <message>
        <source>Your private space and the shared space are open. {name}&apos;s private space stays closed: only {name} can open it.</source>
        <translation>Tu espacio privado y el espacio compartido están abiertos. El espacio privado de {name} sigue cerrado: solo {name} puede abrirlo.</translation>
    </message>
    <message>
        <source>Locking after idle time is switched off in Settings.</source>
        <translation>El bloqueo por inactividad está desactivado en Ajustes.</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once; Ctrl+Shift+H locks and hides the window. Everything you write is saved straight away, encrypted, so locking never loses anything.</source>
        <translation>Ctrl+L bloquea al instante; Ctrl+Shift+H bloquea y oculta la ventana. Todo lo que escribes se guarda enseguida, cifrado, así que bloquear nunca hace perder nada.</translation>
    </message>
    <message>
        <source>{name} (signed in)</source>
        <translation>{name} (sesión iniciada)</translation>
    </message>
    <message>
        <source>here since {day}</source>
        <translation>aquí desde el {day}</translation>
    </message>
    <message numerus="yes">
        <source>TrustDesk locks itself after %n minutes without use.</source>
        <translation>
            <numerusform>TrustDesk se bloquea solo tras %n minuto sin uso.</numerusform>
            <numerusform>TrustDesk se bloquea solo tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Charlas</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Momentos difíciles</translation>
    </message>
    <message>
        <source>Honest answers</source>
        <translation>Respuestas sinceras</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partners</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Partners of this vault</source>
        <translation>Miembros de esta bóveda</translation>
    </message>
    <message>
        <source>Leave this vault…</source>
        <translation>Salir de esta bóveda…</translation>
    </message>
    <message>
        <source>How removing a partner works</source>
        <translation>Cómo funciona quitar a un miembro</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>Too easy to guess</source>
        <translation>Demasiado fácil de adivinar</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>This one is widely used. Try a few unrelated words.</source>
        <translation>Esta se usa mucho. Prueba con unas cuantas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>It is close to a password many people use. A few unrelated words are easier to remember and harder to guess.</source>
        <translation>Se parece a una contraseña que usa mucha gente. Unas cuantas palabras sin relación entre sí son más fáciles de recordar y más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>A few unrelated words together are easier to remember and harder to guess.</source>
        <translation>Unas cuantas palabras sin relación entre sí son más fáciles de recordar y más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Good start. Another word or two would make it much stronger.</source>
        <translation>Buen comienzo. Una o dos palabras más la harían mucho más fuerte.</translation>
    </message>
    <message>
        <source>A good password. Keep it somewhere only you can find.</source>
        <translation>Una buena contraseña. Guárdala donde solo tú puedas encontrarla.</translation>
    </message>
    <message>
        <source>A strong password. Keep it somewhere only you can find.</source>
        <translation>Una contraseña fuerte. Guárdala donde solo tú puedas encontrarla.</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Fortaleza de la contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password feedback</source>
        <translation>Valoración de la contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>Confirmation feedback</source>
        <translation>Valoración de la confirmación</translation>
    </message>
    <message>
        <source>&lt;b&gt;{level}.&lt;/b&gt; {hint}</source>
        <translation>&lt;b&gt;{level}.&lt;/b&gt; {hint}</translation>
    </message>
    <message>
        <source>The two passwords match.</source>
        <translation>Las dos contraseñas coinciden.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Las dos contraseñas todavía no son iguales.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Usa al menos %n carácter.</numerusform>
            <numerusform>Usa al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more characters, please.</source>
        <translation>
            <numerusform>Falta %n carácter más, por favor.</numerusform>
            <numerusform>Faltan %n caracteres más, por favor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Draft — not signed</source>
        <translation>Borrador: sin firmar</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Por qué importa:</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Nuestro acuerdo</translation>
    </message>
    <message>
        <source>My agreement</source>
        <translation>Mi acuerdo</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>Version {number} · signed on {day}</source>
        <translation>Versión {number} · firmada el {day}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Agreement (draft, not signed)</source>
        <translation>Acuerdo (borrador, sin firmar)</translation>
    </message>
    <message>
        <source>Agreement, version {number}</source>
        <translation>Acuerdo, versión {number}</translation>
    </message>
    <message>
        <source>This is a draft to talk over together. It is not in force until both of us have agreed to every clause and signed it.</source>
        <translation>Este es un borrador para hablarlo juntos. No entra en vigor hasta que los dos hayamos aceptado cada cláusula y lo hayamos firmado.</translation>
    </message>
    <message>
        <source>This is a draft to think over. It is not in force until it is signed.</source>
        <translation>Este es un borrador para pensarlo con calma. No entra en vigor hasta que se firme.</translation>
    </message>
    <message>
        <source>These are the boundaries we agreed on together. Each one is here because both of us chose it, and either of us can ask to talk about it again.</source>
        <translation>Estos son los límites que acordamos juntos. Cada uno está aquí porque los dos lo elegimos, y cualquiera de los dos puede pedir que volvamos a hablarlo.</translation>
    </message>
    <message>
        <source>These are the boundaries I chose. I can come back to any of them.</source>
        <translation>Estos son los límites que elegí. Puedo volver a cualquiera de ellos.</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Impreso el {day}</translation>
    </message>
    <message>
        <source>No clauses have been written yet.</source>
        <translation>Todavía no se ha escrito ninguna cláusula.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>We have each read this agreement and agree to it.</source>
        <translation>Cada uno de nosotros ha leído este acuerdo y lo acepta.</translation>
    </message>
    <message>
        <source>I have read this agreement and agree to it.</source>
        <translation>He leído este acuerdo y lo acepto.</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>Firma de {name}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Signed in TrustDesk as “{name}” on {day}.</source>
        <translation>Firmado en TrustDesk como “{name}” el {day}.</translation>
    </message>
    <message>
        <source>Signed in TrustDesk as “{name}”.</source>
        <translation>Firmado en TrustDesk como “{name}”.</translation>
    </message>
    <message>
        <source>printed on {day}</source>
        <translation>impreso el {day}</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Save a copy of the agreement</source>
        <translation>Guardar una copia del acuerdo</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>No se guardó la copia</translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>No se imprimió nada</translation>
    </message>
    <message>
        <source>The file {file} could not be written. Choose another folder, or check that the disk has room and the file is not open elsewhere.</source>
        <translation>No se pudo escribir el archivo {file}. Elige otra carpeta, o comprueba que queda espacio en el disco y que el archivo no está abierto en otro programa.</translation>
    </message>
    <message>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The printer could not be reached. Check that it is on and try again.</source>
        <translation>No se pudo conectar con la impresora. Comprueba que está encendida y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>TrustDesk recovery sheet</source>
        <translation>Hoja de recuperación de TrustDesk</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <source>For {name} · made on {day}</source>
        <translation>Para {name} · creada el {day}</translation>
    </message>
    <message>
        <source>If you ever forget your TrustDesk password, this code lets you choose a new one. Your journal, your private space and everything you share stay as they are.</source>
        <translation>Si alguna vez olvidas tu contraseña de TrustDesk, este código te permite elegir una nueva. Tu diario, tu espacio privado y todo lo que compartes se quedan como están.</translation>
    </message>
    <message>
        <source>YOUR RECOVERY CODE</source>
        <translation>TU CÓDIGO DE RECUPERACIÓN</translation>
    </message>
    <message>
        <source>Letters and digits only: the code does not mind upper or lower case, and O and 0, or I and 1, count as the same.</source>
        <translation>Solo letras y números: al código no le importan las mayúsculas ni las minúsculas, y la O y el 0, o la I y el 1, cuentan como lo mismo.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Cómo usarlo</translation>
    </message>
    <message>
        <source>On the unlock screen, choose to use a recovery code, type this code, and then choose a new password.</source>
        <translation>En la pantalla de desbloqueo, elige usar un código de recuperación, escribe este código y luego elige una contraseña nueva.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Dónde guardarlo</translation>
    </message>
    <message>
        <source>Somewhere safe and private that you can find again: a locked drawer, a folder with your important papers.</source>
        <translation>En algún lugar seguro y privado donde puedas volver a encontrarla: un cajón con llave, una carpeta con tus papeles importantes.</translation>
    </message>
    <message>
        <source>Not next to the computer, and not as a photo or a file on it.</source>
        <translation>No junto al equipo, ni como foto o archivo dentro de él.</translation>
    </message>
    <message>
        <source>You can make a new sheet in TrustDesk at any time; its new code replaces this one.</source>
        <translation>Puedes crear una hoja nueva en TrustDesk cuando quieras; su código nuevo sustituye a este.</translation>
    </message>
    <message>
        <source>Please keep it private</source>
        <translation>Guárdalo en privado, por favor</translation>
    </message>
    <message>
        <source>Anyone holding this code can set a new password </source>
        <translation>Cualquiera que tenga este código puede poner una contraseña nueva </translation>
    </message>
    <message>
        <source>and read what your password opens. Keep it as carefully as a house key. If you think someone has seen it, make a new sheet in TrustDesk: the old code stops working.</source>
        <translation>y leer lo que abre tu contraseña. Guárdalo con el mismo cuidado que la llave de casa. Si crees que alguien lo ha visto, crea una hoja nueva en TrustDesk: el código antiguo dejará de funcionar.</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>Please confirm it is you</source>
        <translation>Confirma que eres tú, por favor</translation>
    </message>
    <message>
        <source>{name}, please confirm it is you</source>
        <translation>{name}, confirma que eres tú, por favor</translation>
    </message>
    <message>
        <source>What this is for</source>
        <translation>Para qué sirve esto</translation>
    </message>
    <message>
        <source>Only {name} types here, with their own password. It stays on this computer and is not saved.</source>
        <translation>Aquí solo escribe {name}, con su propia contraseña. Se queda en este equipo y no se guarda.</translation>
    </message>
    <message>
        <source>{name}&apos;s &amp;password</source>
        <translation>&amp;Contraseña de {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s password</source>
        <translation>Contraseña de {name}</translation>
    </message>
    <message>
        <source>Confirm it is me</source>
        <translation>Confirmar que soy yo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s password. Take your time and try again; capital letters count.</source>
        <translation>Esa no es la contraseña de {name}. Tómate tu tiempo y vuelve a intentarlo; las mayúsculas cuentan.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Honest answers</source>
        <translation>Respuestas sinceras</translation>
    </message>
    <message>
        <source>Questions are written privately and shared when the person asking is ready, as many as they choose. An answer is kept as it was given; more can be added below it.</source>
        <translation>Las preguntas se escriben en privado y se comparten cuando quien pregunta lo decide, tantas como quiera. Una respuesta se conserva tal como se dio; debajo se puede añadir más.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Length of this session</source>
        <translation>Duración de esta sesión</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>My questions, not yet shared</source>
        <translation>Mis preguntas, aún sin compartir</translation>
    </message>
    <message>
        <source>Only you can see these. Tick the ones to share.</source>
        <translation>Solo tú puedes verlas. Marca las que quieras compartir.</translation>
    </message>
    <message>
        <source>A question I would like answered</source>
        <translation>Una pregunta que me gustaría que me respondieran</translation>
    </message>
    <message>
        <source>A new question</source>
        <translation>Una pregunta nueva</translation>
    </message>
    <message>
        <source>Keep this question</source>
        <translation>Guardar esta pregunta</translation>
    </message>
    <message>
        <source>Remove ticked</source>
        <translation>Quitar las marcadas</translation>
    </message>
    <message>
        <source>Share the ticked questions</source>
        <translation>Compartir las preguntas marcadas</translation>
    </message>
    <message>
        <source>Shared questions</source>
        <translation>Preguntas compartidas</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <source>Your answer, in your own words</source>
        <translation>Tu respuesta, con tus propias palabras</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>An answer is kept as you give it; you can add more below.</source>
        <translation>Una respuesta se conserva tal como la das; puedes añadir más debajo.</translation>
    </message>
    <message>
        <source>Give this answer</source>
        <translation>Dar esta respuesta</translation>
    </message>
    <message>
        <source>or talk in person by</source>
        <translation>o hablarlo en persona antes del</translation>
    </message>
    <message>
        <source>Talk in person by this day</source>
        <translation>Hablarlo en persona antes de este día</translation>
    </message>
    <message>
        <source>I will answer in person</source>
        <translation>Responderé en persona</translation>
    </message>
    <message>
        <source>Something to add below</source>
        <translation>Algo que añadir debajo</translation>
    </message>
    <message>
        <source>A follow-up</source>
        <translation>Un seguimiento</translation>
    </message>
    <message>
        <source>Add below</source>
        <translation>Añadir debajo</translation>
    </message>
    <message>
        <source>I have what I need</source>
        <translation>Ya tengo lo que necesito</translation>
    </message>
    <message>
        <source>Close this question; it stays here as it is</source>
        <translation>Cerrar esta pregunta; se queda aquí tal como está</translation>
    </message>
    <message>
        <source>How long would you like to spend on this today?</source>
        <translation>¿Cuánto tiempo te gustaría dedicarle hoy?</translation>
    </message>
    <message>
        <source>Sharing needs your partner in this vault</source>
        <translation>Para compartir hace falta que tu pareja esté en esta bóveda</translation>
    </message>
    <message>
        <source>You asked</source>
        <translation>Preguntaste</translation>
    </message>
    <message>
        <source>{name} asked</source>
        <translation>{name} preguntó</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Una pregunta</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Tus preguntas</translation>
    </message>
    <message>
        <source>Share questions</source>
        <translation>Compartir preguntas</translation>
    </message>
    <message>
        <source>Tick the questions you would like to share, if any.</source>
        <translation>Marca las preguntas que quieras compartir, si hay alguna.</translation>
    </message>
    <message>
        <source>Choose a shared question to read it.</source>
        <translation>Elige una pregunta compartida para leerla.</translation>
    </message>
    <message>
        <source>You answered, {day}:</source>
        <translation>Respondiste, {day}:</translation>
    </message>
    <message>
        <source>{name} answered, {day}:</source>
        <translation>{name} respondió, {day}:</translation>
    </message>
    <message>
        <source>You will answer in person, by {day}.</source>
        <translation>Responderás en persona, antes del {day}.</translation>
    </message>
    <message>
        <source>{name} will answer in person, by {day}.</source>
        <translation>{name} responderá en persona, antes del {day}.</translation>
    </message>
    <message>
        <source>You added, {day}:</source>
        <translation>Añadiste, {day}:</translation>
    </message>
    <message>
        <source>{name} added, {day}:</source>
        <translation>{name} añadió, {day}:</translation>
    </message>
    <message>
        <source>Give this answer?</source>
        <translation>¿Dar esta respuesta?</translation>
    </message>
    <message>
        <source>Once given, an answer stays as it is. You can always add to it below.</source>
        <translation>Una vez dada, una respuesta se queda como está. Siempre puedes añadir algo debajo.</translation>
    </message>
    <message>
        <source>Give it</source>
        <translation>Darla</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Answer in person</source>
        <translation>Responder en persona</translation>
    </message>
    <message>
        <source>Close the question</source>
        <translation>Cerrar la pregunta</translation>
    </message>
    <message>
        <source>This session is yours until about {time}. You can stop whenever you like.</source>
        <translation>Esta sesión es tuya hasta más o menos las {time}. Puedes parar cuando quieras.</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Terminar ya</translation>
    </message>
    <message>
        <source>Closed — “I have what I need.”</source>
        <translation>Cerrada: “Ya tengo lo que necesito.”</translation>
    </message>
    <message>
        <source>Answered in writing</source>
        <translation>Respondida por escrito</translation>
    </message>
    <message>
        <source>You will answer this in person, today</source>
        <translation>Responderás a esto en persona, hoy</translation>
    </message>
    <message>
        <source>You will answer this in person, by {day}</source>
        <translation>Responderás a esto en persona, antes del {day}</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Tu pareja</translation>
    </message>
    <message>
        <source>{name} will answer this in person, today</source>
        <translation>{name} responderá a esto en persona, hoy</translation>
    </message>
    <message>
        <source>{name} will answer this in person, by {day}</source>
        <translation>{name} responderá a esto en persona, antes del {day}</translation>
    </message>
    <message>
        <source>Waiting for an answer, in its own time</source>
        <translation>Esperando una respuesta, a su tiempo</translation>
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
        <translation>Pon una contraseña nueva con tu código de recuperación</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Poner contraseña</translation>
    </message>
    <message>
        <source>That is more than a recovery code.</source>
        <translation>Eso es más largo que un código de recuperación.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>TrustDesk keeps encrypted copies of the vault, made when it was opened. Choose the one to go back to; the newest is at the top.</source>
        <translation>TrustDesk guarda copias cifradas de la bóveda, hechas al abrirla. Elige a cuál quieres volver; la más reciente está arriba.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message numerus="yes">
        <source>%n more characters of the code.</source>
        <translation>
            <numerusform>Falta %n carácter más del código.</numerusform>
            <numerusform>Faltan %n caracteres más del código.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>If you ever forget your password, this code lets you choose a new one. Write it down and keep it where only you can reach it: nobody else can open your private space for you.</source>
        <translation>Si alguna vez olvidas tu contraseña, este código te permite elegir una nueva. Anótalo y guárdalo donde solo tú tengas acceso: nadie más puede abrir tu espacio privado por ti.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimir la hoja de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Guardar la hoja de recuperación como PDF</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Paper and PDF copies are not encrypted: keep them where only you can reach them.</source>
        <translation>Las copias en papel y en PDF no están cifradas: guárdalas donde solo tú tengas acceso.</translation>
    </message>
    <message>
        <source>Recovery code kept</source>
        <translation>Código de recuperación guardado</translation>
    </message>
    <message>
        <source>I have kept my recovery code somewhere safe</source>
        <translation>He guardado mi código de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>You can sign in with Partners → Switch partner, or the next time TrustDesk is unlocked.</source>
        <translation>Puedes iniciar sesión con Pareja → Turno de tu pareja, o la próxima vez que se desbloquee TrustDesk.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>TrustDesk — Recovery</source>
        <translation>TrustDesk — Recuperación</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Pon una contraseña nueva</translation>
    </message>
    <message>
        <source>Type the recovery code from your recovery sheet, then choose a new password. Your journal, agreement and check-ins stay exactly as they are.</source>
        <translation>Escribe el código de tu hoja de recuperación y luego elige una contraseña nueva. Tu diario, el acuerdo y las charlas se quedan exactamente como están.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Código de &amp;recuperación</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <source>Capitals, spaces and dashes do not matter.</source>
        <translation>Las mayúsculas, los espacios y los guiones dan igual.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
</context>
<context>
    <name>RemovePartnerDialog</name>
    <message>
        <source>Remove a partner</source>
        <translation>Quitar a un miembro</translation>
    </message>
    <message>
        <source>Remove {name} from this vault</source>
        <translation>Quitar a {name} de esta bóveda</translation>
    </message>
    <message>
        <source>{name} will no longer be able to open this vault: their password and recovery code stop working.</source>
        <translation>{name} ya no podrá abrir esta bóveda: su contraseña y su código de recuperación dejarán de funcionar.</translation>
    </message>
    <message>
        <source>Their private space is not deleted, but no one will be able to open it any more — not you, and not {name}.</source>
        <translation>Su espacio privado no se borra, pero nadie podrá volver a abrirlo: ni tú ni {name}.</translation>
    </message>
    <message>
        <source>The shared space stays whole: the agreement, check-ins, appreciations and shared notes, including everything {name} wrote there.</source>
        <translation>El espacio compartido se queda entero: el acuerdo, las charlas, los agradecimientos y las notas compartidas, incluido todo lo que {name} escribió allí.</translation>
    </message>
    <message>
        <source>The shared space gets a new key, so keys they may have kept open nothing written from now on. A backup of the whole vault is made first; like every backup, it is re-protected so that {name}&apos;s password opens none.</source>
        <translation>El espacio compartido recibe una clave nueva, así que las claves que pueda haber guardado no abren nada de lo que se escriba a partir de ahora. Antes se hace una copia de seguridad de toda la bóveda; como todas las copias, se vuelve a proteger para que la contraseña de {name} no abra ninguna.</translation>
    </message>
    <message>
        <source>If {name} can be here, it is kinder to let them leave with their own password instead.</source>
        <translation>Si {name} puede estar presente, es más amable dejar que salga con su propia contraseña.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Lo entiendo</translation>
    </message>
    <message>
        <source>I understand that {name} can no longer open this vault</source>
        <translation>Entiendo que {name} ya no podrá abrir esta bóveda</translation>
    </message>
    <message>
        <source>To confirm, type the word “{word}”</source>
        <translation>Para confirmar, escribe la palabra “{word}”</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Escribe {word} para confirmar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>RenewKeyPage</name>
    <message>
        <source>Renew the shared key</source>
        <translation>Renovar la clave compartida</translation>
    </message>
    <message>
        <source>Someone who once shared this vault may have kept a copy of its old keys. A new key for the shared space makes sure those keys no longer open it.</source>
        <translation>Alguien que compartió esta bóveda en el pasado puede haber guardado una copia de sus claves antiguas. Una clave nueva para el espacio compartido garantiza que esas claves ya no lo abran.</translation>
    </message>
    <message>
        <source>Nothing in the vault changes or is lost. Your password stays the same; your recovery code is replaced by a new one, shown next.</source>
        <translation>Nada de la bóveda cambia ni se pierde. Tu contraseña sigue siendo la misma; tu código de recuperación se sustituye por uno nuevo, que verás a continuación.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Check-in summaries</source>
        <translation>Resúmenes de las charlas</translation>
    </message>
    <message>
        <source>How we have been feeling (charts)</source>
        <translation>Cómo nos hemos sentido (gráficos)</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <source>Our current agreement</source>
        <translation>Nuestro acuerdo actual</translation>
    </message>
    <message>
        <source>Check-in report</source>
        <translation>Informe de las charlas</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>Until {day}</source>
        <translation>Hasta el {day}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <source>TrustDesk · check-in report</source>
        <translation>TrustDesk · informe de las charlas</translation>
    </message>
    <message>
        <source>Our check-ins</source>
        <translation>Nuestras charlas</translation>
    </message>
    <message>
        <source>My check-ins</source>
        <translation>Mis charlas</translation>
    </message>
    <message>
        <source>Prepared in TrustDesk to bring to a therapist. It holds what we shared at our check-ins, how each of us rated how we feel, the appreciations we gave each other and our current agreement. Private journals and private reflections are never included.</source>
        <translation>Preparado en TrustDesk para llevar a terapia. Contiene lo que compartimos en nuestras charlas, cómo valoró cada uno cómo se siente, los agradecimientos que nos dimos y nuestro acuerdo actual. Los diarios privados y las reflexiones privadas nunca se incluyen.</translation>
    </message>
    <message>
        <source>Prepared in TrustDesk to bring to a therapist. Private journal entries and private reflections are never included.</source>
        <translation>Preparado en TrustDesk para llevar a terapia. Las entradas privadas del diario y las reflexiones privadas nunca se incluyen.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>No check-ins were saved in this period.</source>
        <translation>No se guardó ninguna charla en este periodo.</translation>
    </message>
    <message>
        <source>Version {number} of the agreement was signed on {day}.</source>
        <translation>La versión {number} del acuerdo se firmó el {day}.</translation>
    </message>
    <message>
        <source>The agreement in force is version {number}.</source>
        <translation>El acuerdo vigente es la versión {number}.</translation>
    </message>
    <message>
        <source>How we have been feeling</source>
        <translation>Cómo nos hemos sentido</translation>
    </message>
    <message>
        <source>Each line is one of us, from 0 to 10; dashed lines mark a signed version of the agreement. Answers left out or “rather not say” are not drawn.</source>
        <translation>Cada línea es uno de nosotros, de 0 a 10; las líneas discontinuas marcan una versión firmada del acuerdo. Las respuestas omitidas o “prefiero no decirlo” no se dibujan.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Charlas</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Ninguna en este periodo.</translation>
    </message>
    <message>
        <source>a former partner</source>
        <translation>una expareja</translation>
    </message>
    <message>
        <source>A former partner</source>
        <translation>Una expareja</translation>
    </message>
    <message>
        <source>kept as it is</source>
        <translation>se deja como está</translation>
    </message>
    <message>
        <source>to revisit together</source>
        <translation>para revisarlo juntos</translation>
    </message>
    <message>
        <source>Agreement looked at again: “{clause}” — {outcome}.</source>
        <translation>Acuerdo revisado: “{clause}” — {outcome}.</translation>
    </message>
    <message>
        <source>{giver} to {receiver}</source>
        <translation>De {giver} para {receiver}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>What was noticed</source>
        <translation>Lo que se notó</translation>
    </message>
    <message>
        <source>Exploring together</source>
        <translation>Explorar juntos</translation>
    </message>
    <message>
        <source>We both chose to include this. It shows only what we both welcomed; our own answers, readiness and notes stay private.</source>
        <translation>Los dos elegimos incluir esto. Muestra solo lo que los dos acogimos; nuestras propias respuestas, disposición y notas siguen siendo privadas.</translation>
    </message>
    <message>
        <source>Things we both said yes to: </source>
        <translation>Cosas a las que los dos dijimos que sí: </translation>
    </message>
    <message>
        <source>Things we are both open to talking about: </source>
        <translation>Cosas de las que los dos estamos dispuestos a hablar: </translation>
    </message>
    <message>
        <source>No matches kept at the moment.</source>
        <translation>Por ahora no hay coincidencias guardadas.</translation>
    </message>
    <message>
        <source>We are at step {number} of {steps}: {step}.</source>
        <translation>Estamos en el paso {number} de {steps}: {step}.</translation>
    </message>
    <message>
        <source>No agreement has been written yet.</source>
        <translation>Todavía no se ha escrito ningún acuerdo.</translation>
    </message>
    <message>
        <source>A draft, not signed yet.</source>
        <translation>Un borrador, todavía sin firmar.</translation>
    </message>
    <message>
        <source>Version {number}, signed on {day}.</source>
        <translation>Versión {number}, firmada el {day}.</translation>
    </message>
    <message>
        <source>Version {number}.</source>
        <translation>Versión {number}.</translation>
    </message>
    <message>
        <source>Some changes since then are still being talked about; they are not shown.</source>
        <translation>Algunos cambios posteriores todavía se están hablando; no se muestran.</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Por qué importa:</translation>
    </message>
    <message numerus="yes">
        <source>We have not opened the first of our %n steps yet.</source>
        <translation>
            <numerusform>Todavía no hemos abierto el primero de nuestros %n paso.</numerusform>
            <numerusform>Todavía no hemos abierto el primero de nuestros %n pasos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins in this period, the first on {first} and the latest on {last}.</source>
        <translation>
            <numerusform>%n charla en este periodo, el {first}.</numerusform>
            <numerusform>%n charlas en este periodo, la primera el {first} y la más reciente el {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>No se guardó el informe</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a therapist</source>
        <translation>Informe para terapia</translation>
    </message>
    <message>
        <source>A report to bring to your therapist</source>
        <translation>Un informe para llevar a tu terapeuta</translation>
    </message>
    <message>
        <source>Choose a stretch of time. The report holds what you shared at check-ins; private journals and private reflections are never part of it.</source>
        <translation>Elige un periodo de tiempo. El informe contiene lo que compartiste en las charlas; los diarios privados y las reflexiones privadas nunca forman parte de él.</translation>
    </message>
    <message>
        <source>Which stretch of time</source>
        <translation>Qué periodo</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Los últimos 3 meses</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>Los últimos 6 meses</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>El último año</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>Entre dos fechas</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Desde este día</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Hasta este día</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A boundary needs a few words. What would you like to agree on?</source>
        <translation>Un límite necesita unas palabras. ¿Sobre qué te gustaría llegar a un acuerdo?</translation>
    </message>
    <message>
        <source>This is longer than {limit} characters. Could it be split into two boundaries?</source>
        <translation>Esto tiene más de {limit} caracteres. ¿Se podría dividir en dos límites?</translation>
    </message>
    <message>
        <source>Only the person themselves can agree, after confirming it is them with their own password.</source>
        <translation>Solo la propia persona puede aceptar, después de confirmar que es ella con su propia contraseña.</translation>
    </message>
    <message>
        <source>Only the person themselves can agree to a boundary, after confirming it is them with their own password.</source>
        <translation>Solo la propia persona puede aceptar un límite, después de confirmar que es ella con su propia contraseña.</translation>
    </message>
    <message>
        <source>Only the person themselves can sign, after confirming it is them with their own password.</source>
        <translation>Solo la propia persona puede firmar, después de confirmar que es ella con su propia contraseña.</translation>
    </message>
    <message>
        <source>Only the person themselves can withdraw their agreement, after confirming it is them with their own password.</source>
        <translation>Solo la propia persona puede retirar su aceptación, después de confirmar que es ella con su propia contraseña.</translation>
    </message>
    <message>
        <source>Only a current partner of this journal can agree to a boundary.</source>
        <translation>Solo un miembro actual de esta bóveda puede aceptar un límite.</translation>
    </message>
    <message>
        <source>This boundary is retired. Bring it back first if you want to agree to it again.</source>
        <translation>Este límite está retirado. Recupéralo primero si quieres volver a aceptarlo.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status a boundary can have.</source>
        <translation>“{status}” no es un estado que pueda tener un límite.</translation>
    </message>
    <message>
        <source>A boundary is agreed when each of you has said yes to it. Use “I agree” for each of you instead.</source>
        <translation>Un límite queda acordado cuando cada uno le ha dicho que sí. Usa “Acepto” para cada uno.</translation>
    </message>
    <message>
        <source>This boundary is agreed by both of you, so it is not deleted on its own. You can mark it “Needs talking about”, or retire it, and it stays in your history.</source>
        <translation>Este límite lo aceptaron los dos, así que no se borra sin más. Puedes marcarlo como “Hay que hablarlo” o retirarlo, y se queda en el historial.</translation>
    </message>
    <message>
        <source>There is no one here to sign.</source>
        <translation>Aquí no hay nadie para firmar.</translation>
    </message>
    <message>
        <source>There is nothing to sign yet: add a boundary first.</source>
        <translation>Todavía no hay nada que firmar: primero añade un límite.</translation>
    </message>
    <message>
        <source>{boundary} still waits for {first} and {second} to agree.</source>
        <translation>{boundary} todavía espera la aceptación de {first} y {second}.</translation>
    </message>
    <message>
        <source>{boundary} still waits for {names} to agree.</source>
        <translation>{boundary} todavía espera la aceptación de {names}.</translation>
    </message>
    <message>
        <source>{boundary} is marked “{status}”. Settle it first (mark it agreed, or retire it).</source>
        <translation>{boundary} está marcado como “{status}”. Resuélvelo primero (márcalo como aceptado o retíralo).</translation>
    </message>
    <message>
        <source>Nothing has changed since version {version}, which you already signed.</source>
        <translation>No ha cambiado nada desde la versión {version}, que ya firmaste.</translation>
    </message>
    <message>
        <source>Each of you signs once.</source>
        <translation>Cada uno firma una sola vez.</translation>
    </message>
    <message>
        <source>Only current partners of this journal can sign.</source>
        <translation>Solo los miembros actuales de esta bóveda pueden firmar.</translation>
    </message>
    <message>
        <source>{name}, please confirm with your password to sign.</source>
        <translation>{name}, confirma con tu contraseña para firmar, por favor.</translation>
    </message>
    <message>
        <source>Please keep a note under {limit} characters.</source>
        <translation>Procura que la nota tenga menos de {limit} caracteres, por favor.</translation>
    </message>
    <message>
        <source>An item needs a few words.</source>
        <translation>Un elemento necesita unas palabras.</translation>
    </message>
    <message>
        <source>Please keep an item under {limit} characters.</source>
        <translation>Procura que el elemento tenga menos de {limit} caracteres, por favor.</translation>
    </message>
    <message>
        <source>A step needs a short name.</source>
        <translation>Un paso necesita un nombre corto.</translation>
    </message>
    <message>
        <source>Please keep a step&apos;s name under {limit} characters.</source>
        <translation>Procura que el nombre del paso tenga menos de {limit} caracteres, por favor.</translation>
    </message>
    <message>
        <source>Please keep each part of a step under {limit} characters.</source>
        <translation>Procura que cada parte del paso tenga menos de {limit} caracteres, por favor.</translation>
    </message>
    <message>
        <source>{reason} {more}</source>
        <translation>{reason} {more}</translation>
    </message>
    <message>
        <source>That boundary is no longer in the agreement.</source>
        <translation>Ese límite ya no está en el acuerdo.</translation>
    </message>
    <message>
        <source>A new boundary starts as a draft or a proposal.</source>
        <translation>Un límite nuevo empieza como borrador o como propuesta.</translation>
    </message>
    <message>
        <source>That heading is no longer in the agreement.</source>
        <translation>Ese apartado ya no está en el acuerdo.</translation>
    </message>
    <message>
        <source>This boundary is retired; there is nothing to revisit.</source>
        <translation>Este límite está retirado; no hay nada que revisar.</translation>
    </message>
    <message>
        <source>A heading needs a few words.</source>
        <translation>Un apartado necesita unas palabras.</translation>
    </message>
    <message>
        <source>Please keep a heading under 200 characters.</source>
        <translation>Procura que el apartado tenga menos de 200 caracteres, por favor.</translation>
    </message>
    <message>
        <source>That date could not be read.</source>
        <translation>No se pudo leer esa fecha.</translation>
    </message>
    <message>
        <source>A milestone needs a few words: what happened?</source>
        <translation>Un hito necesita unas palabras: ¿qué pasó?</translation>
    </message>
    <message>
        <source>Please keep the title under {limit} characters.</source>
        <translation>Procura que el título tenga menos de {limit} caracteres, por favor.</translation>
    </message>
    <message>
        <source>Please keep the note under {limit} characters.</source>
        <translation>Procura que la nota tenga menos de {limit} caracteres, por favor.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more boundaries also wait.)</source>
        <translation>
            <numerusform>(%n límite más también espera.)</numerusform>
            <numerusform>(%n límites más también esperan.)</numerusform>
        </translation>
    </message>
    <message>
        <source>a check-in needs at least one partner taking part</source>
        <translation>una charla necesita al menos un miembro que participe</translation>
    </message>
    <message>
        <source>the private reflection is too long</source>
        <translation>la reflexión privada es demasiado larga</translation>
    </message>
    <message>
        <source>Something in this check-in cannot be stored ({detail}). An answer may be at most {limit} characters; longer writing fits in the journal.</source>
        <translation>Algo de esta charla no se puede guardar ({detail}). Una respuesta puede tener como máximo {limit} caracteres; los textos más largos caben en el diario.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Is working on this together safe for us now?</source>
        <translation>¿Es seguro para nosotros trabajar juntos en esto ahora?</translation>
    </message>
    <message>
        <source>This is a page to read on your own, whenever you like. Nobody needs to answer it in front of the other, and TrustDesk keeps no note that you read it.</source>
        <translation>Esta página es para leerla a solas, cuando quieras. Nadie tiene que responderla delante del otro, y TrustDesk no guarda ningún registro de que la hayas leído.</translation>
    </message>
    <message>
        <source>Working on trust together needs both of you to be safe with each other. If you are afraid of your partner — of their anger, of what they might do, of being watched, pressured or hurt — then couples work, including this app, may not be safe for you right now. That is not a failure, and it is not your fault.</source>
        <translation>Trabajar juntos en la confianza requiere que los dos estén a salvo el uno con el otro. Si tienes miedo de tu pareja —de su enfado, de lo que pueda hacer, de que te vigile, te presione o te haga daño—, el trabajo en pareja, incluida esta aplicación, puede no ser seguro para ti ahora mismo. Eso no es un fracaso, y no es culpa tuya.</translation>
    </message>
    <message>
        <source>Some signs to take seriously: you change what you say or write because of how they might react; they check your phone or messages, or insist on seeing what you wrote; they push you into closeness or sex you do not want; you feel you have to ask for permission to see friends or spend money.</source>
        <translation>Algunas señales que conviene tomarse en serio: cambias lo que dices o escribes por cómo podría reaccionar; revisa tu teléfono o tus mensajes, o insiste en ver lo que escribiste; te empuja a una cercanía o a un sexo que no quieres; sientes que tienes que pedir permiso para ver a tus amistades o gastar dinero.</translation>
    </message>
    <message>
        <source>If that sounds familiar, you can use TrustDesk alone: set it up as “just me”, with a password only you know, as a private journal. Your private space can never be opened by anyone else.</source>
        <translation>Si esto te resulta familiar, puedes usar TrustDesk a solas: configúralo como “Solo yo”, con una contraseña que solo tú conozcas, como diario privado. Nadie más podrá abrir nunca tu espacio privado.</translation>
    </message>
    <message>
        <source>Support exists where you live: domestic abuse and sexual violence helplines and advice services, your doctor, a counsellor or therapist who sees people on their own, and, if you are in danger, the emergency services. A trusted friend can help you look for them. You can keep their details on your private “People who help me” card.</source>
        <translation>Donde vives existe apoyo: líneas de ayuda y servicios de orientación sobre violencia doméstica y violencia sexual, tu médico, un psicólogo o terapeuta que atienda de forma individual y, si estás en peligro, los servicios de emergencia. Una amistad de confianza puede ayudarte a buscarlos. Puedes guardar sus datos en tu tarjeta privada “Personas que me ayudan”.</translation>
    </message>
    <message>
        <source>Quick hide (Ctrl+Shift+H) locks and hides TrustDesk at once. Discreet mode, in Settings, shows it as a plain “Journal” in the window title and the menu.</source>
        <translation>Ocultar rápido (Ctrl+Shift+H) bloquea y oculta TrustDesk al instante. El modo discreto, en Ajustes, lo muestra simplemente como “Diario” en el título de la ventana y en el menú.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>From your region</source>
        <translation>Según tu región</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>These preferences stay on this computer. They never hold anything you wrote.</source>
        <translation>Estas preferencias se quedan en este equipo. Nunca contienen nada de lo que escribiste.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes (0: never)</source>
        <translation>Bloquear tras estos minutos de inactividad (0: nunca)</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Bloquear cuando se bloquee la pantalla o el equipo entre en reposo</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Idioma (a partir del próximo inicio)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Discreet mode: show a plain “Journal” name and icon in the title, menu and taskbar</source>
        <translation>Modo discreto: mostrar un simple nombre e icono de “Diario” en el título, el menú y la barra de tareas</translation>
    </message>
    <message>
        <source>Last vault folder</source>
        <translation>Última carpeta de la bóveda</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the agreement</source>
        <translation>Firmar el acuerdo</translation>
    </message>
    <message>
        <source>Sign your commitment (version {number})</source>
        <translation>Firma tu compromiso (versión {number})</translation>
    </message>
    <message>
        <source>Sign version {number} together</source>
        <translation>Firmar juntos la versión {number}</translation>
    </message>
    <message>
        <source>This is exactly what you are signing. Read it through. Once signed, this version never changes; later changes become a new version.</source>
        <translation>Esto es exactamente lo que vas a firmar. Léelo entero. Una vez firmada, esta versión no cambia nunca; los cambios posteriores serán una versión nueva.</translation>
    </message>
    <message>
        <source>This is exactly what you are signing. Read it through together. Once signed, this version never changes; later changes become a new version.</source>
        <translation>Esto es exactamente lo que van a firmar. Léelo con tu pareja de principio a fin. Una vez firmada, esta versión no cambia nunca; los cambios posteriores serán una versión nueva.</translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation>Lo que se firmará</translation>
    </message>
    <message>
        <source>Not ready to sign yet</source>
        <translation>Todavía no se puede firmar</translation>
    </message>
    <message>
        <source>Why signing is not possible yet</source>
        <translation>Por qué todavía no se puede firmar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>SwitchPartnerDialog</name>
    <message>
        <source>Switch partner</source>
        <translation>Turno de tu pareja</translation>
    </message>
    <message>
        <source>{name}, type your password to sign in. {me}&apos;s private space closes; the shared space stays open.</source>
        <translation>{name}, escribe tu contraseña para iniciar sesión. El espacio privado de {me} se cierra; el espacio compartido sigue abierto.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Check-ins</source>
        <translation>Charlas</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <source>Shared notes</source>
        <translation>Notas compartidas</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>Último mes</translation>
    </message>
    <message>
        <source>Past 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Entre fechas…</translation>
    </message>
    <message>
        <source>{kind}: shown — click to hide them</source>
        <translation>{kind}: se muestran; haz clic para ocultar</translation>
    </message>
    <message>
        <source>{kind} are shown</source>
        <translation>{kind}: se muestran</translation>
    </message>
    <message>
        <source>{kind}: hidden — click to show them</source>
        <translation>{kind}: ocultos; haz clic para mostrar</translation>
    </message>
    <message>
        <source>{kind} are hidden</source>
        <translation>{kind}: no se muestran</translation>
    </message>
    <message>
        <source>Moments you share in TrustDesk gather here: check-ins, appreciations, your agreement, journal entries and milestones.</source>
        <translation>Aquí se reúnen los momentos que compartes en TrustDesk: charlas, agradecimientos, el acuerdo, entradas del diario e hitos.</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try fewer words, or another stretch of time.</source>
        <translation>Nada coincide con estos filtros. Prueba con menos palabras o con otro periodo.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Add a milestone…</source>
        <translation>Añadir un hito…</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>Añadir un hito</translation>
    </message>
    <message>
        <source>Report for a therapist…</source>
        <translation>Informe para terapia…</translation>
    </message>
    <message>
        <source>Make a report for a therapist</source>
        <translation>Crear un informe para terapia</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momentos</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Show {kind}</source>
        <translation>Mostrar {kind}</translation>
    </message>
    <message>
        <source>Whose moments</source>
        <translation>De quién son los momentos</translation>
    </message>
    <message>
        <source>Which stretch of time</source>
        <translation>Qué periodo</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Desde este día</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Hasta este día</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Buscar en la cronología</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Recuperarlo</translation>
    </message>
    <message>
        <source>Bring the removed milestone back</source>
        <translation>Recuperar el hito quitado</translation>
    </message>
    <message>
        <source>“{title}” was removed from your timeline.</source>
        <translation>“{title}” se quitó de tu cronología.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Los míos</translation>
    </message>
    <message>
        <source>{name}’s</source>
        <translation>Los de {name}</translation>
    </message>
    <message>
        <source>This is no longer there</source>
        <translation>Esto ya no está</translation>
    </message>
    <message>
        <source>It was removed after this moment happened.</source>
        <translation>Se quitó después de este momento.</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} de 10</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Gráfico de tendencias</translation>
    </message>
    <message>
        <source>Trend chart: {feeling}</source>
        <translation>Gráfico de tendencias: {feeling}</translation>
    </message>
    <message>
        <source>Check-in answers will show here over time.</source>
        <translation>Aquí irán apareciendo con el tiempo las respuestas de las charlas.</translation>
    </message>
    <message>
        <source>Which feeling the chart shows</source>
        <translation>Qué sentimiento muestra el gráfico</translation>
    </message>
    <message>
        <source>Which stretch of time the chart shows</source>
        <translation>Qué periodo muestra el gráfico</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>Mostrando</translation>
    </message>
    <message>
        <source>The chart in words</source>
        <translation>El gráfico en palabras</translation>
    </message>
    <message>
        <source>Each line is one of you, in your own colour. Dashed lines mark the days you signed a version of your agreement. Answers left out or “rather not say” are simply not drawn.</source>
        <translation>Cada línea es uno de los dos, con su propio color. Las líneas discontinuas marcan los días en que firmaron una versión del acuerdo. Las respuestas omitidas o “prefiero no decirlo” simplemente no se dibujan.</translation>
    </message>
    <message>
        <source>Hide the changes ▴</source>
        <translation>Ocultar los cambios ▴</translation>
    </message>
    <message numerus="yes">
        <source>%n yeses given</source>
        <translation>
            <numerusform>%n aceptación dada</numerusform>
            <numerusform>%n aceptaciones dadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries agreed</source>
        <translation>
            <numerusform>%n límite acordado</numerusform>
            <numerusform>%n límites acordados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reworded</source>
        <translation>
            <numerusform>%n reformulado</numerusform>
            <numerusform>%n reformulados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes suggested</source>
        <translation>
            <numerusform>%n cambio propuesto</numerusform>
            <numerusform>%n cambios propuestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements taken back</source>
        <translation>
            <numerusform>%n aceptación retirada</numerusform>
            <numerusform>%n aceptaciones retiradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retired</source>
        <translation>
            <numerusform>%n retirado</numerusform>
            <numerusform>%n retirados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitado</numerusform>
            <numerusform>%n quitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review dates set</source>
        <translation>
            <numerusform>%n fecha de revisión fijada</numerusform>
            <numerusform>%n fechas de revisión fijadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reasons put into words</source>
        <translation>
            <numerusform>%n motivo puesto en palabras</numerusform>
            <numerusform>%n motivos puestos en palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n headings changed</source>
        <translation>
            <numerusform>%n apartado cambiado</numerusform>
            <numerusform>%n apartados cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n changes ▾</source>
        <translation>
            <numerusform>Mostrar %n cambio ▾</numerusform>
            <numerusform>Mostrar %n cambios ▾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes; Space hides them</source>
        <translation>
            <numerusform>%n cambio; Espacio lo oculta</numerusform>
            <numerusform>%n cambios; Espacio los oculta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes; Space shows them</source>
        <translation>
            <numerusform>%n cambio; Espacio lo muestra</numerusform>
            <numerusform>%n cambios; Espacio los muestra</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Charla</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Signed agreement</source>
        <translation>Acuerdo firmado</translation>
    </message>
    <message>
        <source>Agreement change</source>
        <translation>Cambio en el acuerdo</translation>
    </message>
    <message>
        <source>Private journal</source>
        <translation>Diario privado</translation>
    </message>
    <message>
        <source>Shared note</source>
        <translation>Nota compartida</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>We worked on the agreement</source>
        <translation>Trabajamos en el acuerdo</translation>
    </message>
    <message>
        <source>I worked on my commitments</source>
        <translation>Trabajé en mis compromisos</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>An effort noticed</source>
        <translation>Un esfuerzo que se notó</translation>
    </message>
    <message>
        <source>{name} noticed an effort</source>
        <translation>{name} notó un esfuerzo</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>Signed by {names}</source>
        <translation>Firmado por {names}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this milestone?</source>
        <translation>¿Quitar este hito?</translation>
    </message>
    <message>
        <source>It will no longer be on your timeline.</source>
        <translation>Ya no aparecerá en tu cronología.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>A clause was added</source>
        <translation>Se añadió un límite</translation>
    </message>
    <message>
        <source>A clause was reworded</source>
        <translation>Se reformuló un límite</translation>
    </message>
    <message>
        <source>A clause changed status</source>
        <translation>Un límite cambió de estado</translation>
    </message>
    <message>
        <source>Consent was given</source>
        <translation>Se dio una aceptación</translation>
    </message>
    <message>
        <source>Consent was withdrawn</source>
        <translation>Se retiró una aceptación</translation>
    </message>
    <message>
        <source>A clause was moved</source>
        <translation>Se movió un límite</translation>
    </message>
    <message>
        <source>A clause was removed</source>
        <translation>Se quitó un límite</translation>
    </message>
    <message>
        <source>A clause was opened for revisiting</source>
        <translation>Se abrió un límite para revisarlo</translation>
    </message>
    <message>
        <source>A review date was set</source>
        <translation>Se fijó una fecha de revisión</translation>
    </message>
    <message>
        <source>Why a clause matters was put into words</source>
        <translation>Se puso en palabras por qué importa un límite</translation>
    </message>
    <message>
        <source>A revised clause took the place of the old one</source>
        <translation>Un límite revisado ocupó el lugar del anterior</translation>
    </message>
    <message>
        <source>A change to a clause was proposed</source>
        <translation>Se propuso un cambio en un límite</translation>
    </message>
    <message>
        <source>A heading was added</source>
        <translation>Se añadió un apartado</translation>
    </message>
    <message>
        <source>A heading was renamed</source>
        <translation>Se renombró un apartado</translation>
    </message>
    <message>
        <source>A heading was removed</source>
        <translation>Se quitó un apartado</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>The agreement changed</source>
        <translation>El acuerdo cambió</translation>
    </message>
    <message>
        <source>A clause is now “{status}”</source>
        <translation>Un límite ahora está marcado como “{status}”</translation>
    </message>
    <message>
        <source>Reworded — asks for agreement again</source>
        <translation>Reformulado: pide aceptación de nuevo</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulado</translation>
    </message>
    <message>
        <source>{name} agreed (confirmed in person)</source>
        <translation>{name} lo aceptó (confirmado en persona)</translation>
    </message>
    <message>
        <source>{name} agreed</source>
        <translation>{name} lo aceptó</translation>
    </message>
    <message>
        <source>{name} took back their agreement</source>
        <translation>{name} retiró su aceptación</translation>
    </message>
    <message>
        <source>Agreement version {number} signed</source>
        <translation>Versión {number} del acuerdo firmada</translation>
    </message>
</context>
<context>
    <name>Together</name>
    <message>
        <source>Together, at our own pace</source>
        <translation>Juntos, a nuestro ritmo</translation>
    </message>
    <message>
        <source>Our matches</source>
        <translation>Nuestras coincidencias</translation>
    </message>
    <message>
        <source>One of you changed an answer — that is always okay.</source>
        <translation>Uno de los dos cambió una respuesta, y eso siempre está bien.</translation>
    </message>
    <message>
        <source>When you look together, an item shows only if you both welcome it: as a yes when you both said yes, or as something to talk about when either of you said “Maybe, let&apos;s talk”. A “Not now” or a “No” is never shown.</source>
        <translation>Al mirarlo juntos, algo solo aparece si los dos lo acogen: como un sí cuando los dos dijeron que sí, o como algo de lo que hablar cuando alguno dijo “Quizá, hablémoslo”. Un “Ahora no” o un “No” no se muestra nunca.</translation>
    </message>
    <message>
        <source>Together you are about to see what you both said yes to. Only matches are shown; no other answer is.</source>
        <translation>A punto de ver juntos aquello a lo que los dos dijeron que sí. Solo se muestran las coincidencias; ninguna otra respuesta.</translation>
    </message>
    <message>
        <source>Answer on your own, at your own pace. Your answers stay in your private space: your partner never sees them. When you both want to, you can look together at the things you both said yes to — and only those.</source>
        <translation>Responde por tu cuenta, a tu ritmo. Tus respuestas se quedan en tu espacio privado: tu pareja nunca las ve. Cuando los dos quieran, podrán mirar juntos aquello a lo que los dos dijeron que sí, y solo eso.</translation>
    </message>
    <message>
        <source>Desire list</source>
        <translation>Lista de deseos</translation>
    </message>
    <message>
        <source>Keys 1 to 5 answer the chosen item; 0 leaves it unanswered.</source>
        <translation>Las teclas 1 a 5 responden al elemento elegido; 0 lo deja sin responder.</translation>
    </message>
    <message>
        <source>Choose an item in the list to answer it.</source>
        <translation>Elige un elemento de la lista para responderlo.</translation>
    </message>
    <message>
        <source>How, with care? (only you see this until a match)</source>
        <translation>¿Cómo, con cuidado? (solo tú lo ves hasta que haya coincidencia)</translation>
    </message>
    <message>
        <source>How, with care</source>
        <translation>Cómo, con cuidado</translation>
    </message>
    <message>
        <source>Leave unanswered</source>
        <translation>Dejar sin responder</translation>
    </message>
    <message>
        <source>You can change any answer at any time. A no needs no reason.</source>
        <translation>Puedes cambiar cualquier respuesta cuando quieras. Un no no necesita motivos.</translation>
    </message>
    <message>
        <source>About this answer</source>
        <translation>Sobre esta respuesta</translation>
    </message>
    <message>
        <source>Under which heading</source>
        <translation>En qué apartado</translation>
    </message>
    <message>
        <source>Something of our own to add to the list</source>
        <translation>Algo nuestro que añadir a la lista</translation>
    </message>
    <message>
        <source>A new item</source>
        <translation>Un elemento nuevo</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>Your partner will see it as one more item to answer — not who added it, and not your answer.</source>
        <translation>Tu pareja lo verá como un elemento más que responder, sin saber quién lo añadió ni cuál es tu respuesta.</translation>
    </message>
    <message>
        <source>Look at our matches together…</source>
        <translation>Mirar juntos nuestras coincidencias…</translation>
    </message>
    <message>
        <source>When to look again</source>
        <translation>Cuándo volver a mirar</translation>
    </message>
    <message>
        <source>A changed answer</source>
        <translation>Una respuesta cambiada</translation>
    </message>
    <message>
        <source>Matches we kept</source>
        <translation>Coincidencias que guardamos</translation>
    </message>
    <message>
        <source>I&apos;m happy for our kept matches and our steps to be in a report for our therapist</source>
        <translation>Me parece bien que nuestras coincidencias guardadas y nuestros pasos aparezcan en un informe para nuestro terapeuta</translation>
    </message>
    <message>
        <source>They are included only when both of you tick this.</source>
        <translation>Solo se incluyen cuando los dos marcan esta casilla.</translation>
    </message>
    <message>
        <source>Looking together needs both partners in this vault.</source>
        <translation>Para mirar juntos hace falta que los dos estén en esta bóveda.</translation>
    </message>
    <message>
        <source>No matches kept yet.</source>
        <translation>Todavía no hay coincidencias guardadas.</translation>
    </message>
    <message>
        <source>A gentle time to look again: around {day}.</source>
        <translation>Un buen momento para volver a mirar: alrededor del {day}.</translation>
    </message>
    <message>
        <source>Saved, just for you.</source>
        <translation>Guardado, solo para ti.</translation>
    </message>
    <message>
        <source>Looking together</source>
        <translation>Mirar juntos</translation>
    </message>
    <message>
        <source>Looking together needs both of you to confirm it is you. Nothing was shown.</source>
        <translation>Para mirar juntos, los dos tienen que confirmar que son quienes son. No se mostró nada.</translation>
    </message>
    <message>
        <source>Your matches are open — the rest of the screen is hidden</source>
        <translation>Las coincidencias están abiertas: el resto de la pantalla está oculto</translation>
    </message>
    <message>
        <source>Your own answers stay private. The page comes back when you close the matches.</source>
        <translation>Las respuestas de cada uno siguen siendo privadas. La página vuelve al cerrar las coincidencias.</translation>
    </message>
    <message>
        <source>Proposed as a boundary</source>
        <translation>Propuesto como límite</translation>
    </message>
    <message>
        <source>It is in your agreement now as a proposal, under “Intimacy, pace and consent”. It counts once both of you agree to it there.</source>
        <translation>Ya está en el acuerdo como propuesta, en “Intimidad, ritmo y consentimiento”. Cuenta cuando los dos lo acepten allí.</translation>
    </message>
    <message>
        <source>Steps at our own pace</source>
        <translation>Pasos a nuestro ritmo</translation>
    </message>
    <message>
        <source>Change this step</source>
        <translation>Cambiar este paso</translation>
    </message>
    <message>
        <source>A step of our own</source>
        <translation>Un paso propio</translation>
    </message>
    <message>
        <source>Name of the step</source>
        <translation>Nombre del paso</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Not during this step</source>
        <translation>No durante este paso</translation>
    </message>
    <message>
        <source>To think about afterwards</source>
        <translation>Para pensar después</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;What it is</source>
        <translation>&amp;Qué es</translation>
    </message>
    <message>
        <source>&amp;Not during this step</source>
        <translation>&amp;No durante este paso</translation>
    </message>
    <message>
        <source>&amp;Afterwards</source>
        <translation>&amp;Después</translation>
    </message>
    <message>
        <source>With these conditions (optional)</source>
        <translation>Con estas condiciones (opcional)</translation>
    </message>
    <message>
        <source>Conditions for the boundary</source>
        <translation>Condiciones del límite</translation>
    </message>
    <message>
        <source>Propose as a boundary</source>
        <translation>Proponer como límite</translation>
    </message>
    <message>
        <source>Adds “We&apos;d like to try…” to your agreement as a proposal; it counts only once both of you agree.</source>
        <translation>Añade “Nos gustaría probar…” al acuerdo como propuesta; solo cuenta cuando los dos estén de acuerdo.</translation>
    </message>
    <message>
        <source>What we both said yes to</source>
        <translation>A lo que los dos dijimos que sí</translation>
    </message>
    <message>
        <source>Only the things you both welcomed are shown here. Everything else stays private, and nothing is kept unless you choose to keep it.</source>
        <translation>Aquí solo se muestra lo que los dos acogieron. Todo lo demás sigue siendo privado, y no se guarda nada a menos que decidan guardarlo.</translation>
    </message>
    <message>
        <source>Both of you said yes</source>
        <translation>Los dos dijeron que sí</translation>
    </message>
    <message>
        <source>Nothing here this time — and that is fine.</source>
        <translation>Esta vez no hay nada aquí, y está bien.</translation>
    </message>
    <message>
        <source>Both of you are open to talking about</source>
        <translation>Los dos están dispuestos a hablar de</translation>
    </message>
    <message>
        <source>Nothing here this time.</source>
        <translation>Esta vez no hay nada aquí.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Keep these for us</source>
        <translation>Guardar esto para nosotros</translation>
    </message>
    <message>
        <source>Keeps only these matches in your shared space.</source>
        <translation>Guarda solo estas coincidencias en el espacio compartido.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Kept for both of you. Either of you can change an answer later.</source>
        <translation>Guardado para los dos. Cualquiera de los dos puede cambiar una respuesta más adelante.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>My answer</source>
        <translation>Mi respuesta</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>How: {note}</source>
        <translation>Cómo: {note}</translation>
    </message>
    <message>
        <source>Where we are now</source>
        <translation>Dónde estamos ahora</translation>
    </message>
    <message>
        <source>Done together</source>
        <translation>Hecho juntos</translation>
    </message>
    <message>
        <source>Next, when we are both ready</source>
        <translation>Después, cuando los dos estemos listos</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Where we are</source>
        <translation>Dónde estamos</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>I&apos;m ready</source>
        <translation>Por mi parte, sí</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Type your password first, {name}.</source>
        <translation>Primero escribe tu contraseña, {name}.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Together you are about to open the next step. It opens only if both of you said you are ready; not yet is always a good answer.</source>
        <translation>A punto de abrir juntos el siguiente paso. Solo se abre si los dos dijeron que quieren darlo; “todavía no” siempre es una buena respuesta.</translation>
    </message>
    <message>
        <source>Nothing to step back to yet — you are at the start.</source>
        <translation>Todavía no hay ningún paso al que volver: esto es el principio.</translation>
    </message>
    <message>
        <source>You stepped back. Stepping back is part of the process — no reason needed.</source>
        <translation>Has dado un paso atrás. Dar un paso atrás es parte del proceso, sin necesidad de motivos.</translation>
    </message>
    <message>
        <source>A gentle ladder, inspired by sensate focus. Each of you says privately when you feel ready for the next step; it opens only when you both are. You go at the pace of whichever of you needs to go slower.</source>
        <translation>Una escalera suave, inspirada en la focalización sensorial. Cada uno dice en privado cuándo quiere dar el siguiente paso; solo se abre cuando los dos quieren. Se va al ritmo de quien de los dos necesite ir más despacio.</translation>
    </message>
    <message>
        <source>Our steps</source>
        <translation>Nuestros pasos</translation>
    </message>
    <message>
        <source>The chosen step</source>
        <translation>El paso elegido</translation>
    </message>
    <message>
        <source>Use the starter ladder</source>
        <translation>Usar la escalera sugerida</translation>
    </message>
    <message>
        <source>I&apos;m ready for this step</source>
        <translation>Quiero dar este paso</translation>
    </message>
    <message>
        <source>Only you see this. Your partner sees it only if you both are.</source>
        <translation>Solo tú ves esto. Tu pareja solo lo verá si los dos quieren darlo.</translation>
    </message>
    <message>
        <source>Open the next step together…</source>
        <translation>Abrir juntos el siguiente paso…</translation>
    </message>
    <message>
        <source>Step back to:</source>
        <translation>Volver atrás a:</translation>
    </message>
    <message>
        <source>Step back to</source>
        <translation>Volver atrás a</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Dar un paso atrás</translation>
    </message>
    <message>
        <source>Either of you can, at any time, without a reason.</source>
        <translation>Cualquiera de los dos puede hacerlo, en cualquier momento, sin dar motivos.</translation>
    </message>
    <message>
        <source>Add a step…</source>
        <translation>Añadir un paso…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Show my own marks again</source>
        <translation>Volver a mostrar mis propias marcas</translation>
    </message>
    <message>
        <source>For when you are on your own at the screen again.</source>
        <translation>Para cuando vuelvas a estar a solas ante la pantalla.</translation>
    </message>
    <message>
        <source>After a step — just for me</source>
        <translation>Después de un paso: solo para mí</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Comfort </source>
        <translation>Comodidad </translation>
    </message>
    <message>
        <source>How comfortable it felt, 0 to 10</source>
        <translation>Cuánta comodidad sentí, de 0 a 10</translation>
    </message>
    <message>
        <source>A note for myself (optional)</source>
        <translation>Una nota para mí (opcional)</translation>
    </message>
    <message>
        <source>A note for myself</source>
        <translation>Una nota para mí</translation>
    </message>
    <message>
        <source>Keep for me</source>
        <translation>Guardar para mí</translation>
    </message>
    <message>
        <source>The very start, before the first step</source>
        <translation>El comienzo, antes del primer paso</translation>
    </message>
    <message>
        <source>Not yet, after all</source>
        <translation>Al final, todavía no</translation>
    </message>
    <message>
        <source>Not during this step:</source>
        <translation>No durante este paso:</translation>
    </message>
    <message>
        <source>Afterwards, to think about:</source>
        <translation>Después, para pensar:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This is where you are now. Take all the time you need.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aquí es donde estás ahora. Tómate todo el tiempo que necesites.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Noted, just for you.</source>
        <translation>Anotado, solo para ti.</translation>
    </message>
    <message>
        <source>Noted. Not yet is always a good answer.</source>
        <translation>Anotado. “Todavía no” siempre es una buena respuesta.</translation>
    </message>
    <message>
        <source>This step opens when both of you feel ready. Not yet is a good answer — you go at the pace of whichever of you needs to go slower.</source>
        <translation>Este paso se abre cuando los dos quieran darlo. “Todavía no” es una buena respuesta: se va al ritmo de quien de los dos necesite ir más despacio.</translation>
    </message>
    <message>
        <source>The step is open. Go gently, and stop whenever either of you wants.</source>
        <translation>El paso está abierto. Con suavidad, y parando cuando cualquiera de los dos quiera.</translation>
    </message>
    <message>
        <source>Remove this step?</source>
        <translation>¿Quitar este paso?</translation>
    </message>
    <message>
        <source>“{title}” leaves your ladder for both of you. If it is the step you are at, the one before it is where you are again.</source>
        <translation>“{title}” sale de la escalera para los dos. Si es el paso actual, se vuelve al anterior.</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Quitar el paso</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Once a step is open, you can note how it felt here.</source>
        <translation>Cuando un paso esté abierto, aquí puedes anotar cómo te sentiste.</translation>
    </message>
    <message>
        <source>Kept in your private space, just for you.</source>
        <translation>Guardado en tu espacio privado, solo para ti.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Yes, with care</source>
        <translation>Sí, con cuidado</translation>
    </message>
    <message>
        <source>Maybe, let&apos;s talk</source>
        <translation>Quizá, hablémoslo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>{feeling}: no answers in this period yet.</source>
        <translation>{feeling}: todavía no hay respuestas en este periodo.</translation>
    </message>
    <message>
        <source>{feeling}, from {first} to {last}.</source>
        <translation>{feeling}, del {first} al {last}.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {answers}, {value} of 10 on {day}.</source>
        <translation>{name}: {answers}, {value} de 10 el {day}.</translation>
    </message>
    <message>
        <source>{name}: {answers}, {first} of 10 at first and {last} of 10 most recently (between {low} and {high}).</source>
        <translation>{name}: {answers}, {first} de 10 al principio y {last} de 10 la más reciente (entre {low} y {high}).</translation>
    </message>
    <message>
        <source>version {number} on {day}</source>
        <translation>versión {number} el {day}</translation>
    </message>
    <message>
        <source>Agreement signed: {versions}.</source>
        <translation>Acuerdo firmado: {versions}.</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Unlock TrustDesk</source>
        <translation>Desbloquear TrustDesk</translation>
    </message>
    <message>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <source>Your private space. Only your password opens it.</source>
        <translation>Tu espacio privado. Solo tu contraseña lo abre.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Forgot my password</source>
        <translation>Olvidé mi contraseña</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Primero escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Abriendo tu bóveda…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Your new password is set</source>
        <translation>Tu nueva contraseña está lista</translation>
    </message>
    <message>
        <source>From now on, this new password opens TrustDesk. Your recovery code still works; keep the sheet somewhere safe.</source>
        <translation>A partir de ahora, esta nueva contraseña abre TrustDesk. Tu código de recuperación sigue funcionando; guarda la hoja en un lugar seguro.</translation>
    </message>
    <message>
        <source>There are no backups of this vault</source>
        <translation>No hay copias de seguridad de esta bóveda</translation>
    </message>
    <message>
        <source>TrustDesk makes one each day the vault is opened, but none was found in its backups folder. Nothing was changed.</source>
        <translation>TrustDesk hace una cada día que se abre la bóveda, pero no se encontró ninguna en su carpeta de copias. No se cambió nada.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>The vault goes back to how it was on {day}. Anything written after that is not in this backup.

The files it replaces are moved aside in the backups folder, not deleted.</source>
        <translation>La bóveda vuelve a como estaba el {day}. Lo que se escribiera después no está en esta copia.

Los archivos que sustituye se apartan en la carpeta de copias, no se borran.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup is back in place</source>
        <translation>La copia se ha restaurado</translation>
    </message>
    <message>
        <source>The vault is as it was on {day}. Type your password to open it.</source>
        <translation>La bóveda está como estaba el {day}. Escribe tu contraseña para abrirla.</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>Something went wrong with the vault</source>
        <translation>Algo salió mal con la bóveda</translation>
    </message>
    <message>
        <source>TrustDesk could not use this vault.</source>
        <translation>TrustDesk no pudo usar esta bóveda.</translation>
    </message>
    <message>
        <source>Nothing was changed or deleted.</source>
        <translation>No se cambió ni se borró nada.</translation>
    </message>
    <message>
        <source>That password did not open the vault</source>
        <translation>Esa contraseña no abrió la bóveda</translation>
    </message>
    <message>
        <source>That password did not open this vault.</source>
        <translation>Esa contraseña no abrió esta bóveda.</translation>
    </message>
    <message>
        <source>Check Caps Lock and try again. If it is forgotten, you can use your recovery code.</source>
        <translation>Comprueba la tecla Bloq Mayús y vuelve a intentarlo. Si la has olvidado, puedes usar tu código de recuperación.</translation>
    </message>
    <message>
        <source>That recovery code did not match</source>
        <translation>Ese código de recuperación no coincide</translation>
    </message>
    <message>
        <source>Nothing was changed. A single mistyped character is enough, and a sheet printed before the code was last renewed no longer works.</source>
        <translation>No se cambió nada. Basta con un solo carácter mal escrito, y una hoja impresa antes de la última renovación del código ya no sirve.</translation>
    </message>
    <message>
        <source>Check each group of characters against your newest recovery sheet and try again.</source>
        <translation>Compara cada grupo de caracteres con tu hoja de recuperación más reciente y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This needs your partner, in person</source>
        <translation>Esto necesita a tu pareja, en persona</translation>
    </message>
    <message>
        <source>Only a partner can do this for themselves, after typing their own password.</source>
        <translation>Solo cada miembro puede hacer esto por sí mismo, después de escribir su propia contraseña.</translation>
    </message>
    <message>
        <source>Ask your partner to confirm it is them with their own password, then try again.</source>
        <translation>Pide a tu pareja que confirme que es quien es con su propia contraseña y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No vault here yet</source>
        <translation>Aquí todavía no hay ninguna bóveda</translation>
    </message>
    <message>
        <source>There is no TrustDesk vault in this folder.</source>
        <translation>No hay ninguna bóveda de TrustDesk en esta carpeta.</translation>
    </message>
    <message>
        <source>You can create a new vault, or open another folder.</source>
        <translation>Puedes crear una bóveda nueva o abrir otra carpeta.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing</source>
        <translation>Falta el archivo de claves de la bóveda</translation>
    </message>
    <message>
        <source>This folder holds TrustDesk data, but its key file (vault.json) is missing, so it cannot be unlocked.</source>
        <translation>Esta carpeta contiene datos de TrustDesk, pero falta su archivo de claves (vault.json), así que no se puede desbloquear.</translation>
    </message>
    <message>
        <source>Nothing was changed. You can restore the vault from one of its backups.</source>
        <translation>No se cambió nada. Puedes restaurar la bóveda desde una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged</source>
        <translation>El archivo de claves de la bóveda está dañado</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) is damaged and cannot be read.</source>
        <translation>El archivo de claves de la bóveda (vault.json) está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>Made by a newer TrustDesk</source>
        <translation>Creada con un TrustDesk más reciente</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of TrustDesk.</source>
        <translation>Esta bóveda se creó con una versión más reciente de TrustDesk.</translation>
    </message>
    <message>
        <source>Please update TrustDesk to open it. Nothing was changed.</source>
        <translation>Actualiza TrustDesk para abrirla. No se cambió nada.</translation>
    </message>
    <message>
        <source>Not a TrustDesk file</source>
        <translation>No es un archivo de TrustDesk</translation>
    </message>
    <message>
        <source>A file in this vault is not a TrustDesk file.</source>
        <translation>Un archivo de esta bóveda no es un archivo de TrustDesk.</translation>
    </message>
    <message>
        <source>Part of the vault is damaged</source>
        <translation>Parte de la bóveda está dañada</translation>
    </message>
    <message>
        <source>Part of this vault is damaged and cannot be read safely.</source>
        <translation>Parte de esta bóveda está dañada y no se puede leer con seguridad.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. You can restore the vault from a backup; the damaged files are kept aside, not deleted.</source>
        <translation>No se sobrescribió nada. Puedes restaurar la bóveda desde una copia de seguridad; los archivos dañados se guardan aparte, no se borran.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Ya está abierta</translation>
    </message>
    <message>
        <source>This vault is already open in another TrustDesk window.</source>
        <translation>Esta bóveda ya está abierta en otra ventana de TrustDesk.</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation>Cambia a esa ventana, o ciérrala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>There is no room left on the disk, so the last change could not be saved.</source>
        <translation>No queda espacio en el disco, así que no se pudo guardar el último cambio.</translation>
    </message>
    <message>
        <source>Everything saved before is safe. Free some space, then try again; your text is still in the window.</source>
        <translation>Todo lo guardado antes está a salvo. Libera algo de espacio y vuelve a intentarlo; tu texto sigue en la ventana.</translation>
    </message>
    <message>
        <source>The vault could not be written</source>
        <translation>No se pudo escribir en la bóveda</translation>
    </message>
    <message>
        <source>TrustDesk could not read or write the vault&apos;s files.</source>
        <translation>TrustDesk no pudo leer ni escribir los archivos de la bóveda.</translation>
    </message>
    <message>
        <source>Check that the folder (or USB stick) is still there and writable. Nothing was lost.</source>
        <translation>Comprueba que la carpeta (o la memoria USB) sigue ahí y se puede escribir en ella. No se perdió nada.</translation>
    </message>
    <message>
        <source>Encryption library missing</source>
        <translation>Falta la biblioteca de cifrado</translation>
    </message>
    <message>
        <source>TrustDesk&apos;s encryption library is not available, so it refuses to run.</source>
        <translation>La biblioteca de cifrado de TrustDesk no está disponible, así que se niega a funcionar.</translation>
    </message>
    <message>
        <source>Please reinstall TrustDesk.</source>
        <translation>Vuelve a instalar TrustDesk.</translation>
    </message>
    <message>
        <source>That could not be done</source>
        <translation>No se pudo hacer</translation>
    </message>
    <message>
        <source>That change to the partners of this vault could not be made.</source>
        <translation>No se pudo hacer ese cambio en los miembros de esta bóveda.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for unsafe settings</source>
        <translation>El archivo de claves de la bóveda pide ajustes inseguros</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) asks for key settings that TrustDesk never writes (far weaker or far costlier than its own), so it was not used.</source>
        <translation>El archivo de claves de la bóveda (vault.json) pide ajustes de clave que TrustDesk nunca escribe (mucho más débiles o mucho más costosos que los suyos), así que no se usó.</translation>
    </message>
    <message>
        <source>It may have been edited by hand. Nothing was changed. You can restore the vault from one of its backups.</source>
        <translation>Puede que se haya editado a mano. No se cambió nada. Puedes restaurar la bóveda desde una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file was changed</source>
        <translation>El archivo de claves de la bóveda se modificó</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) was changed outside TrustDesk: its seal does not match, so TrustDesk did not trust it.</source>
        <translation>El archivo de claves de la bóveda (vault.json) se modificó fuera de TrustDesk: su sello no coincide, así que TrustDesk no confió en él.</translation>
    </message>
    <message>
        <source>Nothing was changed. You can restore the vault from one of its backups, whose key files are sealed too.</source>
        <translation>No se cambió nada. Puedes restaurar la bóveda desde una de sus copias de seguridad, cuyos archivos de claves también están sellados.</translation>
    </message>
    <message>
        <source>These files belong to another vault</source>
        <translation>Estos archivos pertenecen a otra bóveda</translation>
    </message>
    <message>
        <source>A database in this folder belongs to another TrustDesk vault.</source>
        <translation>Una base de datos de esta carpeta pertenece a otra bóveda de TrustDesk.</translation>
    </message>
    <message>
        <source>Nothing was changed or opened. Put that vault&apos;s files back in their own folder, or restore this vault from one of its backups.</source>
        <translation>No se cambió ni se abrió nada. Devuelve los archivos de esa bóveda a su propia carpeta, o restaura esta bóveda desde una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>An older copy of part of the vault</source>
        <translation>Una copia antigua de parte de la bóveda</translation>
    </message>
    <message>
        <source>A database in this folder is an older copy of this vault&apos;s own, put back by hand; TrustDesk did not open it so that nothing newer is silently lost.</source>
        <translation>Una base de datos de esta carpeta es una copia antigua de la de esta bóveda, devuelta a mano; TrustDesk no la abrió para que nada más reciente se pierda sin avisar.</translation>
    </message>
    <message>
        <source>Nothing was changed. If you meant to go back to an older state, restore one of the vault&apos;s backups instead; otherwise put the newer file back.</source>
        <translation>No se cambió nada. Si querías volver a un estado anterior, restaura mejor una de las copias de seguridad de la bóveda; si no, vuelve a poner el archivo más reciente.</translation>
    </message>
    <message>
        <source>An older copy of the key file</source>
        <translation>Una copia antigua del archivo de claves</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) is older than its databases, so its keys no longer fit them.</source>
        <translation>El archivo de claves de la bóveda (vault.json) es más antiguo que sus bases de datos, así que sus claves ya no encajan con ellas.</translation>
    </message>
    <message>
        <source>Nothing was changed. Put the newer vault.json back, or restore the vault from one of its backups.</source>
        <translation>No se cambió nada. Vuelve a poner el vault.json más reciente, o restaura la bóveda desde una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Un momento, por favor</translation>
    </message>
    <message>
        <source>TrustDesk is giving the vault new keys, so this change could not be saved just now.</source>
        <translation>TrustDesk está dando claves nuevas a la bóveda, así que este cambio no se pudo guardar ahora mismo.</translation>
    </message>
    <message>
        <source>Nothing was lost: your words are still in the window. Please try again in a moment.</source>
        <translation>No se perdió nada: tus palabras siguen en la ventana. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Please choose another password</source>
        <translation>Elige otra contraseña, por favor</translation>
    </message>
    <message>
        <source>That password already opens this vault for your partner.</source>
        <translation>Esa contraseña ya abre esta bóveda para tu pareja.</translation>
    </message>
    <message>
        <source>Each of you needs a password of your own.</source>
        <translation>Cada uno necesita su propia contraseña.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to TrustDesk</source>
        <translation>Te damos la bienvenida a TrustDesk</translation>
    </message>
    <message>
        <source>A quiet place for rebuilding trust: an agreement you make together, gentle check-ins, and a private journal for each of you.</source>
        <translation>Un lugar tranquilo para reconstruir la confianza: un acuerdo que hacen juntos, charlas tranquilas y un diario privado para cada uno.</translation>
    </message>
    <message>
        <source>Private by design</source>
        <translation>Privado desde el diseño</translation>
    </message>
    <message>
        <source>Everything you write is encrypted on this computer. No account, no cloud, no network connection.</source>
        <translation>Todo lo que escribes se cifra en este equipo. Sin cuenta, sin nube, sin conexión a la red.</translation>
    </message>
    <message>
        <source>Yours alone, where it should be</source>
        <translation>Solo tuyo, donde debe estar</translation>
    </message>
    <message>
        <source>Each of you has a private space the other cannot open, beside the space you share.</source>
        <translation>Cada uno tiene un espacio privado que el otro no puede abrir, junto al espacio que comparten.</translation>
    </message>
    <message>
        <source>At your own pace</source>
        <translation>A tu ritmo</translation>
    </message>
    <message>
        <source>Every question can be skipped, and locking is always one keystroke away (Ctrl+L).</source>
        <translation>Cualquier pregunta se puede saltar, y bloquear está siempre a una sola combinación de teclas (Ctrl+L).</translation>
    </message>
    <message>
        <source>Looking for your vault?</source>
        <translation>¿Buscas tu bóveda?</translation>
    </message>
    <message>
        <source>The vault will be kept in {folder}</source>
        <translation>La bóveda se guardará en {folder}</translation>
    </message>
    <message>
        <source>Who will use TrustDesk?</source>
        <translation>¿Quién va a usar TrustDesk?</translation>
    </message>
    <message>
        <source>You can change this later.</source>
        <translation>Puedes cambiarlo más adelante.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <source>The two of us</source>
        <translation>Los dos</translation>
    </message>
    <message>
        <source>A private journal, and a place to prepare for conversations. Your partner can join later.</source>
        <translation>Un diario privado y un lugar para preparar conversaciones. Tu pareja puede unirse más adelante.</translation>
    </message>
    <message>
        <source>An agreement and check-ins you share, and a private space for each of you. Both of you should be here for the next steps.</source>
        <translation>Un acuerdo y unas charlas que comparten, y un espacio privado para cada uno. Los dos deberían estar aquí para los siguientes pasos.</translation>
    </message>
    <message>
        <source>A page to read on your own; nothing is asked or recorded</source>
        <translation>Una página para leer a solas; no se pregunta ni se registra nada</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <source>Your name is kept inside the encrypted vault and never appears in window titles or settings files. Printouts and exports you choose to make do carry it.</source>
        <translation>Tu nombre se guarda dentro de la bóveda cifrada y nunca aparece en los títulos de las ventanas ni en los archivos de ajustes. Las impresiones y exportaciones que decidas hacer sí lo llevan.</translation>
    </message>
    <message>
        <source>What would you like to be &amp;called?</source>
        <translation>¿Cómo te gustaría que te &amp;llamemos?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>Tu color</translation>
    </message>
    <message>
        <source>It marks what is yours across the app.</source>
        <translation>Marca lo que es tuyo en toda la aplicación.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Elige tu contraseña</translation>
    </message>
    <message>
        <source>It opens your private space and the space you share. Nobody can reset it for you — but the recovery code on the next page can set a new one.</source>
        <translation>Abre tu espacio privado y el espacio que comparten. Nadie puede restablecerla por ti, pero el código de recuperación de la página siguiente puede poner una nueva.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <source>Now your partner</source>
        <translation>Ahora tu pareja</translation>
    </message>
    <message>
        <source>Hand the keyboard over. Your partner chooses their own password: it opens their private space, which only they can see.</source>
        <translation>Pasa el teclado. Tu pareja elige su propia contraseña: abre su espacio privado, que solo ella puede ver.</translation>
    </message>
    <message>
        <source>Their &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Nombre de tu pareja</translation>
    </message>
    <message>
        <source>Their colour</source>
        <translation>Su color</translation>
    </message>
    <message>
        <source>Their &amp;password</source>
        <translation>Su &amp;contraseña</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Add my partner</source>
        <translation>Añadir a mi pareja</translation>
    </message>
    <message>
        <source>Partner&apos;s colour</source>
        <translation>Color de tu pareja</translation>
    </message>
    <message>
        <source>That is your partner&apos;s name too. An initial or a nickname tells you apart.</source>
        <translation>Ese también es el nombre de tu pareja. Una inicial o un apodo servirá para distinguir a cada uno.</translation>
    </message>
    <message>
        <source>Open TrustDesk</source>
        <translation>Abrir TrustDesk</translation>
    </message>
    <message>
        <source>Join later</source>
        <translation>Unirse más tarde</translation>
    </message>
    <message>
        <source>Your partner can join any time from Partners → Invite your partner</source>
        <translation>Tu pareja puede unirse en cualquier momento desde Pareja → Invitar a tu pareja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>If a password is ever forgotten, this code sets a new one. Write it down or print it, and keep it somewhere safe and private, away from this computer. Anyone who has it and this computer could open this private space.</source>
        <translation>Si alguna vez se olvida una contraseña, este código permite poner una nueva. Anótalo o imprímelo, y guárdalo en un lugar seguro y privado, lejos de este equipo. Cualquiera que lo tenga, y tenga este equipo, podría abrir este espacio privado.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimir la hoja de recuperación</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Guardar la hoja de recuperación como PDF</translation>
    </message>
    <message>
        <source>Paper and PDF copies are not encrypted: keep them where only you can reach them.</source>
        <translation>Las copias en papel y en PDF no están cifradas: guárdalas donde solo tú tengas acceso.</translation>
    </message>
    <message>
        <source>I have kept my recovery code somewhere safe</source>
        <translation>He guardado mi código de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>Recovery code kept</source>
        <translation>Código de recuperación guardado</translation>
    </message>
    <message>
        <source>{name}, this is your recovery code</source>
        <translation>{name}, este es tu código de recuperación</translation>
    </message>
    <message>
        <source>Making a private space for your partner…</source>
        <translation>Creando un espacio privado para tu pareja…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>Creating your vault… This takes a few seconds: the key is made slow on purpose, so a password cannot be guessed quickly.</source>
        <translation>Creando tu bóveda… Tarda unos segundos: la clave se genera despacio a propósito, para que una contraseña no se pueda adivinar rápido.</translation>
    </message>
    <message>
        <source>{problem} Your vault is ready; your partner can join later from Partners → Invite your partner.</source>
        <translation>{problem} Tu bóveda está lista; tu pareja puede unirse más adelante desde Pareja → Invitar a tu pareja.</translation>
    </message>
    <message>
        <source>Your partner could not join yet</source>
        <translation>Tu pareja todavía no ha podido unirse</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was not saved</source>
        <translation>No se guardó la hoja</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Guardado como {file}.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
</TS>
