<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddCell</name>
    <message>
        <source>Image %1 is not part of this file.</source>
        <translation>Bild %1 gehört nicht zu dieser Datei.</translation>
    </message>
    <message>
        <source>Add cell</source>
        <translation>Zelle hinzufügen</translation>
    </message>
</context>
<context>
    <name>DeleteCells</name>
    <message numerus="yes">
        <source>Delete %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle löschen</numerusform>
            <numerusform>%n Zellen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletePolygonVertex</name>
    <message>
        <source>Delete vertex</source>
        <translation>Eckpunkt löschen</translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <source>There is nothing to restore for this file.</source>
        <translation>Für diese Datei gibt es nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Not enough memory to read the recovery journal of %1. It is kept to be offered the next time the file is opened; edits made now are not protected against a crash.</source>
        <translation>Nicht genug Speicher, um das Wiederherstellungsjournal von %1 zu lesen. Es bleibt erhalten und wird beim nächsten Öffnen der Datei angeboten; jetzt vorgenommene Änderungen sind nicht gegen einen Absturz geschützt.</translation>
    </message>
</context>
<context>
    <name>EvalExport</name>
    <message>
        <source>Cell type</source>
        <translation>Zelltyp</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>Preds</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>EvalFindings</name>
    <message numerus="yes">
        <source>%n prediction(s) have a category that the ground truth does not declare; they were ignored.</source>
        <translation>
            <numerusform>%n Vorhersage hat eine Kategorie, die die Referenz nicht deklariert; sie wurde ignoriert.</numerusform>
            <numerusform>%n Vorhersagen haben eine Kategorie, die die Referenz nicht deklariert; sie wurden ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ground-truth annotation(s) have an undeclared category; they were ignored.</source>
        <translation>
            <numerusform>%n Referenzannotation hat eine nicht deklarierte Kategorie; sie wurde ignoriert.</numerusform>
            <numerusform>%n Referenzannotationen haben eine nicht deklarierte Kategorie; sie wurden ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ground-truth annotation(s) refer to an image id not in the ground truth&apos;s images; they were ignored.</source>
        <translation>
            <numerusform>%n Referenzannotation verweist auf eine Bild-ID, die nicht unter den Bildern der Referenz ist; sie wurde ignoriert.</numerusform>
            <numerusform>%n Referenzannotationen verweisen auf eine Bild-ID, die nicht unter den Bildern der Referenz ist; sie wurden ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) have no score; they were evaluated with score 1.</source>
        <translation>
            <numerusform>%n Vorhersage hat keine Konfidenz; sie wurde mit Konfidenz 1 ausgewertet.</numerusform>
            <numerusform>%n Vorhersagen haben keine Konfidenz; sie wurden mit Konfidenz 1 ausgewertet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lowest-scored prediction(s) exceed the per-image maximum of detections and were not evaluated.</source>
        <translation>
            <numerusform>%n Vorhersage mit der niedrigsten Konfidenz überschreitet die Höchstzahl an Detektionen pro Bild und wurde nicht ausgewertet.</numerusform>
            <numerusform>%n Vorhersagen mit der niedrigsten Konfidenz überschreiten die Höchstzahl an Detektionen pro Bild und wurden nicht ausgewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ground truth declares no category; the categories of its annotations were used.</source>
        <translation>Die Referenz deklariert keine Kategorie; die Kategorien ihrer Annotationen wurden verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>… %n ids in all</source>
        <translation>
            <numerusform>… %n ID insgesamt</numerusform>
            <numerusform>… %n IDs insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) refer to image ids that are not in the ground truth (%1); they were ignored.</source>
        <translation>
            <numerusform>%n Vorhersage verweist auf eine Bild-ID, die nicht in der Referenz steht (%1); sie wurde ignoriert.</numerusform>
            <numerusform>%n Vorhersagen verweisen auf Bild-IDs, die nicht in der Referenz stehen (%1); sie wurden ignoriert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>Die Auswertung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not enough memory to evaluate %L1 predictions against %L2 ground-truth cells on %L3 images.</source>
        <translation>Nicht genug Arbeitsspeicher, um %L1 Vorhersagen gegen %L2 Ground-Truth-Zellen auf %L3 Bildern auszuwerten.</translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is neither a zip archive nor a folder of images</source>
        <translation>%1 ist weder ein Zip-Archiv noch ein Bilderordner</translation>
    </message>
</context>
<context>
    <name>InsertPolygonVertex</name>
    <message>
        <source>Insert vertex</source>
        <translation>Eckpunkt einfügen</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message numerus="yes">
        <source>%n unsaved change(s) to %1 from %2 (last: %3)</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung an %1 vom %2 (zuletzt: %3)</numerusform>
            <numerusform>%n ungespeicherte Änderungen an %1 vom %2 (zuletzt: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>They were made to the same file at %1, which is no longer there.</source>
        <translation>Sie wurden an derselben Datei unter %1 vorgenommen, die dort nicht mehr liegt.</translation>
    </message>
</context>
<context>
    <name>MergeCells</name>
    <message numerus="yes">
        <source>Merge %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle zusammenführen</numerusform>
            <numerusform>%n Zellen zusammenführen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveCells</name>
    <message numerus="yes">
        <source>Move %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle verschieben</numerusform>
            <numerusform>%n Zellen verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovePolygonVertex</name>
    <message>
        <source>Cell %1 has no vertex %2 in outline %3.</source>
        <translation>Zelle %1 hat keinen Eckpunkt %2 im Umriss %3.</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Eckpunkt verschieben</translation>
    </message>
</context>
<context>
    <name>PredictionGenerator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PythonJsonWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SetCellFlag</name>
    <message numerus="yes">
        <source>Flag %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle markieren</numerusform>
            <numerusform>%n Zellen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unflag %n cell(s)</source>
        <translation>
            <numerusform>Markierung von %n Zelle entfernen</numerusform>
            <numerusform>Markierung von %n Zellen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetInfo</name>
    <message>
        <source>train %1%</source>
        <translation>Training %1 %</translation>
    </message>
    <message>
        <source>results %1</source>
        <translation>Ergebnisse %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SourceBuffer</name>
    <message>
        <source>%1: cannot open file (%2)</source>
        <translation>%1: Datei kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: cannot map file (%2)</source>
        <translation>%1: Datei kann nicht eingeblendet werden (%2)</translation>
    </message>
</context>
<context>
    <name>SplitCell</name>
    <message>
        <source>Split cell</source>
        <translation>Zelle teilen</translation>
    </message>
</context>
<context>
    <name>curator::AcceptPrediction</name>
    <message>
        <source>There is no such prediction.</source>
        <translation>Diese Vorhersage gibt es nicht.</translation>
    </message>
    <message>
        <source>The predicted mask is %1 × %2 px but the image is %3 × %4 px.</source>
        <translation>Die vorhergesagte Maske ist %1 × %2 px, das Bild aber %3 × %4 px.</translation>
    </message>
    <message>
        <source>Accept prediction</source>
        <translation>Vorhersage übernehmen</translation>
    </message>
</context>
<context>
    <name>curator::CanvasTool</name>
    <message>
        <source>No annotation set can be edited: open a COCO annotation file with images.</source>
        <translation>Kein Annotationssatz ist bearbeitbar: Öffnen Sie eine COCO-Annotationsdatei mit Bildern.</translation>
    </message>
    <message>
        <source>This cell belongs to %1, not to the active annotation set %2 (Edit ▸ Active Annotation Set).</source>
        <translation>Diese Zelle gehört zu %1, nicht zum aktiven Annotationssatz %2 (Bearbeiten ▸ Aktiver Annotationssatz).</translation>
    </message>
    <message>
        <source>The active annotation set has no image %1; choose another set in Edit ▸ Active Annotation Set.</source>
        <translation>Der aktive Annotationssatz enthält kein Bild %1; wählen Sie unter Bearbeiten ▸ Aktiver Annotationssatz einen anderen Satz.</translation>
    </message>
</context>
<context>
    <name>curator::CellClipboard</name>
    <message>
        <source>not an annotation object</source>
        <translation>kein Annotationsobjekt</translation>
    </message>
    <message>
        <source>no &quot;segmentation&quot;</source>
        <translation>kein &quot;segmentation&quot;</translation>
    </message>
    <message>
        <source>its segmentation is an RLE mask; only polygons can be pasted</source>
        <translation>seine Segmentierung ist eine RLE-Maske; nur Polygone können eingefügt werden</translation>
    </message>
    <message>
        <source>&quot;segmentation&quot; is not a list of polygons</source>
        <translation>&quot;segmentation&quot; ist keine Liste von Polygonen</translation>
    </message>
    <message>
        <source>&quot;segmentation&quot; is not a list of polygons with x, y pairs</source>
        <translation>&quot;segmentation&quot; ist keine Liste von Polygonen aus x-, y-Paaren</translation>
    </message>
    <message>
        <source>a polygon holds something other than numbers</source>
        <translation>ein Polygon enthält etwas anderes als Zahlen</translation>
    </message>
    <message>
        <source>Cannot paste cells from %1: it is not JSON (line %2, column %3).</source>
        <translation>Zellen aus %1 können nicht eingefügt werden: kein JSON (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>Cannot paste cells from %1: expected COCO annotations (a JSON list of objects with &quot;segmentation&quot;).</source>
        <translation>Zellen aus %1 können nicht eingefügt werden: COCO-Annotationen erwartet (eine JSON-Liste von Objekten mit &quot;segmentation&quot;).</translation>
    </message>
    <message>
        <source>Cannot paste cells from %1: its list of annotations is empty.</source>
        <translation>Zellen aus %1 können nicht eingefügt werden: die Liste der Annotationen ist leer.</translation>
    </message>
    <message>
        <source>annotation &quot;%1&quot;</source>
        <translation>Annotation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>annotation %1 (id %2)</source>
        <translation>Annotation %1 (ID %2)</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>Annotation %1</translation>
    </message>
    <message>
        <source>Cannot paste cells from %1, %2: %3.</source>
        <translation>Zellen aus %1 können nicht eingefügt werden, %2: %3.</translation>
    </message>
    <message>
        <source>it has more than %1 vertices, the most a pasted cell may have</source>
        <translation>sie hat mehr als %1 Eckpunkte, die Höchstzahl für eine eingefügte Zelle</translation>
    </message>
    <message>
        <source>Cannot paste cells from %1: it holds %2 MB of text; at most %3 MB can be pasted at once.</source>
        <translation>Zellen aus %1 können nicht eingefügt werden: sie enthält %2 MB Text; höchstens %3 MB können auf einmal eingefügt werden.</translation>
    </message>
    <message>
        <source>Cannot paste cells from %1: it holds %2 annotations; at most %3 can be pasted at once.</source>
        <translation>Zellen aus %1 können nicht eingefügt werden: sie enthält %2 Annotationen; höchstens %3 können auf einmal eingefügt werden.</translation>
    </message>
    <message>
        <source>a coordinate lies beyond ±%1, off any image</source>
        <translation>eine Koordinate liegt jenseits von ±%1, außerhalb jedes Bildes</translation>
    </message>
    <message>
        <source>Cannot paste cells from %1: it holds a number too large to read.</source>
        <translation>Zellen aus %1 können nicht eingefügt werden: sie enthält eine Zahl, die zu groß zum Lesen ist.</translation>
    </message>
    <message>
        <source>Not enough memory to paste cells from %1.</source>
        <translation>Nicht genug Speicher, um Zellen aus %1 einzufügen.</translation>
    </message>
</context>
<context>
    <name>curator::CellClipboardActions</name>
    <message>
        <source>Select A&amp;ll Cells</source>
        <translation>Alle Zellen auswä&amp;hlen</translation>
    </message>
    <message>
        <source>&amp;Copy Cells</source>
        <translation>Zellen &amp;kopieren</translation>
    </message>
    <message>
        <source>Past&amp;e Cells</source>
        <translation>Zellen ei&amp;nfügen</translation>
    </message>
    <message>
        <source>Select every cell of the active annotation set shown on this image</source>
        <translation>Alle auf diesem Bild gezeigten Zellen des aktiven Annotationssatzes auswählen</translation>
    </message>
    <message>
        <source>Copy the selected cells to the clipboard (as COCO annotation JSON)</source>
        <translation>Die ausgewählten Zellen in die Zwischenablage kopieren (als COCO-Annotations-JSON)</translation>
    </message>
    <message>
        <source>Add the cells on the clipboard to this image, where they were drawn</source>
        <translation>Die Zellen aus der Zwischenablage diesem Bild hinzufügen, an ihrer gezeichneten Stelle</translation>
    </message>
    <message>
        <source>No cell of the active annotation set is shown on this image.</source>
        <translation>Auf diesem Bild wird keine Zelle des aktiven Annotationssatzes gezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle ausgewählt.</numerusform>
            <numerusform>%n Zellen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cells to copy first.</source>
        <translation>Wählen Sie zuerst die zu kopierenden Zellen aus.</translation>
    </message>
    <message>
        <source>The selected cells have no outline to copy.</source>
        <translation>Die ausgewählten Zellen haben keinen Umriss, der kopiert werden könnte.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle kopiert.</numerusform>
            <numerusform>%n Zellen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no cells: copy cells first (Edit ▸ Copy Cells).</source>
        <translation>Die Zwischenablage enthält keine Zellen: kopieren Sie zuerst Zellen (Bearbeiten ▸ Zellen kopieren).</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle eingefügt.</numerusform>
            <numerusform>%n Zellen eingefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (%1).</source>
        <translation>
            <numerusform>%n ausgelassen (%1).</numerusform>
            <numerusform>%n ausgelassen (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough memory to copy %n cell(s).</source>
        <translation>
            <numerusform>Nicht genug Speicher, um %n Zelle zu kopieren.</numerusform>
            <numerusform>Nicht genug Speicher, um %n Zellen zu kopieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::CellEditCommand</name>
    <message>
        <source>Cell %1 does not exist (it may have been deleted).</source>
        <translation>Zelle %1 existiert nicht (sie wurde möglicherweise gelöscht).</translation>
    </message>
    <message>
        <source>Cell id %1 occurs more than once in the file; it cannot be edited safely.</source>
        <translation>Die Zell-ID %1 kommt mehrfach in der Datei vor; die Zelle kann nicht sicher bearbeitet werden.</translation>
    </message>
    <message>
        <source>Cell %1 belongs to an image that is not in the file.</source>
        <translation>Zelle %1 gehört zu einem Bild, das nicht in der Datei steht.</translation>
    </message>
    <message>
        <source>Cell %1 is stored as a mask (RLE), not a polygon; its outline cannot be edited.</source>
        <translation>Zelle %1 ist als Maske (RLE) gespeichert, nicht als Polygon; ihr Umriss kann nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>curator::CellOutline</name>
    <message>
        <source>The outline has an odd number of coordinates.</source>
        <translation>Der Umriss hat eine ungerade Anzahl von Koordinaten.</translation>
    </message>
    <message>
        <source>A cell needs at least 3 distinct points.</source>
        <translation>Eine Zelle braucht mindestens 3 verschiedene Punkte.</translation>
    </message>
    <message>
        <source>The cell would have no area (less than %1 px²).</source>
        <translation>Die Zelle hätte keine Fläche (weniger als %1 px²).</translation>
    </message>
    <message>
        <source>The outline would cross itself.</source>
        <translation>Der Umriss würde sich selbst kreuzen.</translation>
    </message>
</context>
<context>
    <name>curator::CellTableDock</name>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) on %1</source>
        <translation>
            <numerusform>%n Zelle auf %1</numerusform>
            <numerusform>%n Zellen auf %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more hidden by the display filters)</source>
        <translation>
            <numerusform>(%n weitere durch die Anzeigefilter ausgeblendet)</numerusform>
            <numerusform>(%n weitere durch die Anzeigefilter ausgeblendet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::CellTableModel</name>
    <message>
        <source>crowd</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>RLE</source>
        <translation>RLE</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>keine Geometrie</translation>
    </message>
    <message numerus="yes">
        <source>%n rings</source>
        <translation>
            <numerusform>%n Ring</numerusform>
            <numerusform>%n Ringe</numerusform>
        </translation>
    </message>
    <message>
        <source>degenerate</source>
        <translation>entartet</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>Eckpunkte</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>Begrenzung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Left, top, width × height in pixels</source>
        <translation>Links, oben, Breite × Höhe in Pixeln</translation>
    </message>
    <message>
        <source>Detection score, for results files</source>
        <translation>Konfidenz der Detektion, bei Ergebnisdateien</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>mask</source>
        <comment>a cell given as a run-length mask, which has no vertices</comment>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Area in square pixels: the annotation&apos;s area field, or a mask&apos;s pixel count when the file gives none</source>
        <translation>Fläche in Quadratpixeln: das area-Feld der Annotation oder, wenn die Datei keines hat, die Pixelzahl der Maske</translation>
    </message>
    <message>
        <source>Polygon vertices; &quot;mask&quot; for a run-length mask, which has none</source>
        <translation>Polygon-Eckpunkte; „Maske“ bei einer Lauflängenmaske, die keine hat</translation>
    </message>
    <message>
        <source>TP</source>
        <comment>a matched cell</comment>
        <translation>TP</translation>
    </message>
    <message>
        <source>FN</source>
        <comment>a missed ground-truth cell</comment>
        <translation>FN</translation>
    </message>
    <message>
        <source>FP</source>
        <comment>a spurious prediction</comment>
        <translation>FP</translation>
    </message>
    <message>
        <source>ignored</source>
        <comment>a prediction matched to a crowd region</comment>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>How the model review classes the cell at its IoU and score thresholds: matched (TP), missed (FN), spurious (FP) or matched to a crowd region (ignored)</source>
        <translation>Wie die Modellprüfung die Zelle bei ihren IoU- und Score-Schwellen einordnet: zugeordnet (TP), übersehen (FN), falsch erkannt (FP) oder einer Crowd-Region zugeordnet (ignoriert)</translation>
    </message>
    <message>
        <source>Mask IoU of a matched cell with its match</source>
        <translation>Masken-IoU einer zugeordneten Zelle mit ihrem Gegenstück</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
</context>
<context>
    <name>curator::CellTypeSummaryModel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <source>AP50</source>
        <translation>AP50</translation>
    </message>
    <message>
        <source>AP75</source>
        <translation>AP75</translation>
    </message>
    <message>
        <source>Cell type of the images (All: every evaluated image)</source>
        <translation>Zelltyp der Bilder (Alle: jedes ausgewertete Bild)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Images evaluated</source>
        <translation>Ausgewertete Bilder</translation>
    </message>
    <message>
        <source>Img</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Ground-truth cells</source>
        <translation>Ground-Truth-Zellen</translation>
    </message>
    <message>
        <source>GT</source>
        <translation>GT</translation>
    </message>
    <message>
        <source>Pred</source>
        <translation>Vorh.</translation>
    </message>
    <message>
        <source>Mask AP, IoU 0.50:0.95 (LIVECell protocol)</source>
        <translation>Masken-AP, IoU 0,50:0,95 (LIVECell-Protokoll)</translation>
    </message>
    <message>
        <source>Mask AP at IoU 0.50</source>
        <translation>Masken-AP bei IoU 0,50</translation>
    </message>
    <message>
        <source>Mask AP at IoU 0.75</source>
        <translation>Masken-AP bei IoU 0,75</translation>
    </message>
    <message>
        <source>Predicted cells, all of them, as AP ranks them (whatever the score threshold)</source>
        <translation>Vorhergesagte Zellen, alle, wie AP sie ordnet (unabhängig von der Score-Schwelle)</translation>
    </message>
</context>
<context>
    <name>curator::CocoReader</name>
    <message>
        <source>%1: not enough memory to read this file of %L2 MB</source>
        <translation>%1: nicht genug Arbeitsspeicher, um diese Datei von %L2 MB zu lesen</translation>
    </message>
</context>
<context>
    <name>curator::CocoWriter</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: writing failed (%2)</source>
        <translation>%1: Schreiben fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: could not complete the save (%2); the previous file is unchanged</source>
        <translation>%1: Speichern konnte nicht abgeschlossen werden (%2); die bisherige Datei ist unverändert</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>Das Speichern wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: not enough memory to write the annotations</source>
        <translation>%1: nicht genug Arbeitsspeicher, um die Annotationen zu schreiben</translation>
    </message>
    <message>
        <source>%1: not enough memory to write it; the previous file is unchanged</source>
        <translation>%1: nicht genug Arbeitsspeicher, um die Datei zu schreiben; die bisherige Datei ist unverändert</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded (another program wrote to it), so its unedited objects can no longer be copied from it: nothing was written. The edits stay open and journaled.</source>
        <translation>%1 wurde seit dem Laden auf dem Datenträger geändert (ein anderes Programm hat hineingeschrieben), daher können die unbearbeiteten Objekte nicht mehr daraus kopiert werden: Es wurde nichts geschrieben. Die Änderungen bleiben geöffnet und protokolliert.</translation>
    </message>
</context>
<context>
    <name>curator::DatasetStats</name>
    <message>
        <source>Not enough memory to compute the statistics of %L1 cells.</source>
        <translation>Nicht genug Speicher, um die Statistik von %L1 Zellen zu berechnen.</translation>
    </message>
</context>
<context>
    <name>curator::DisplayPresets</name>
    <message>
        <source>Raw</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Auto contrast</source>
        <translation>Autokontrast</translation>
    </message>
    <message>
        <source>CLAHE</source>
        <translation>CLAHE</translation>
    </message>
    <message>
        <source>Background flattened</source>
        <translation>Hintergrund geebnet</translation>
    </message>
</context>
<context>
    <name>curator::DistributionLocator</name>
    <message>
        <source>%1 is not a readable folder</source>
        <translation>%1 ist kein lesbarer Ordner</translation>
    </message>
    <message>
        <source>No LIVECell images, annotation files or nuclear count benchmark found in %1</source>
        <translation>In %1 wurden keine LIVECell-Bilder, Annotationsdateien oder Zellkern-Zählbenchmarks gefunden</translation>
    </message>
</context>
<context>
    <name>curator::Document</name>
    <message>
        <source>Edits can only be restored into a freshly opened file.</source>
        <translation>Bearbeitungen können nur in eine frisch geöffnete Datei wiederhergestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) reviewed</source>
        <translation>
            <numerusform>%n Bild als geprüft markieren</numerusform>
            <numerusform>%n Bilder als geprüft markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n image(s) not reviewed</source>
        <translation>
            <numerusform>%n Bild als ungeprüft markieren</numerusform>
            <numerusform>%n Bilder als ungeprüft markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flag %n image(s)</source>
        <translation>
            <numerusform>%n Bild markieren</numerusform>
            <numerusform>%n Bilder markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unflag %n image(s)</source>
        <translation>
            <numerusform>Markierung von %n Bild entfernen</numerusform>
            <numerusform>Markierung von %n Bildern entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit image note</source>
        <translation>Bildnotiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>curator::DocumentController</name>
    <message>
        <source>Unsaved edits are not protected</source>
        <translation>Ungespeicherte Änderungen sind nicht geschützt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the edited annotation files (COCO JSON; unedited cells stay byte for byte as they were)</source>
        <translation>Die bearbeiteten Annotationsdateien speichern (COCO-JSON; unbearbeitete Zellen bleiben Byte für Byte erhalten)</translation>
    </message>
    <message>
        <source>Save Active Set &amp;As…</source>
        <translation>Aktiven Satz speichern &amp;unter …</translation>
    </message>
    <message>
        <source>E&amp;xport Active Set Copy…</source>
        <translation>Kopie des aktiven Satzes e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write the active set with its edits to another file; the open file stays as it is</source>
        <translation>Den aktiven Satz mit seinen Änderungen in eine andere Datei schreiben; die geöffnete Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;geöffnete Datei&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>LIVECell Curator did not close properly while %1 had unsaved edits.
%2

Restore them?</source>
        <translation>LIVECell Curator wurde nicht ordnungsgemäß beendet, während %1 ungespeicherte Änderungen hatte.
%2

Sollen sie wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discarded the unsaved edits of %1.</source>
        <translation>Die ungespeicherten Änderungen an %1 wurden verworfen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert …</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saving was cancelled; the file is unchanged.</source>
        <translation>Das Speichern wurde abgebrochen; die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Save Annotations As</source>
        <translation>Annotationen speichern unter</translation>
    </message>
    <message>
        <source>COCO annotations (*.json)</source>
        <translation>COCO-Annotationen (*.json)</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>There are unsaved edits in %1. Save them first?</source>
        <translation>In %1 gibt es ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Active Annotation Se&amp;t</source>
        <translation>Aktiver Annotations&amp;satz</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Saved; review marks kept in %1 (the annotation folder is read-only).</source>
        <translation>Gespeichert; Prüfstand liegt in %1 (der Annotationsordner ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>Cannot Re-apply Edits</source>
        <translation>Änderungen können nicht erneut angewendet werden</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk and re-applied its unsaved edits.</source>
        <translation>%1 vom Datenträger neu geladen und die ungespeicherten Änderungen erneut angewendet.</translation>
    </message>
    <message>
        <source>%1

Reload the file from disk and re-apply your unsaved edits to it (by cell id)?</source>
        <translation>%1

Die Datei vom Datenträger neu laden und Ihre ungespeicherten Änderungen erneut darauf anwenden (nach Zell-ID)?</translation>
    </message>
    <message>
        <source>&amp;Reload and Re-apply Edits</source>
        <translation>&amp;Neu laden und Änderungen erneut anwenden</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <source>There are unsaved edits in %1. Re-apply them to the files as they are on disk now (by cell id), or discard them?</source>
        <translation>In %1 gibt es ungespeicherte Änderungen. Sollen sie erneut auf die Dateien angewendet werden, wie sie jetzt auf dem Datenträger liegen (nach Zell-ID), oder verworfen werden?</translation>
    </message>
    <message>
        <source>&amp;Re-apply Edits</source>
        <translation>Änderungen erneut an&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;Discard Edits</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>The unsaved edits of %1 are not journaled, so they cannot be re-applied after reloading it. Save them to another file first (Save Active Set As…), or discard them.</source>
        <translation>Die ungespeicherten Änderungen an %1 werden nicht protokolliert und können daher nach dem Neuladen nicht erneut angewendet werden. Speichern Sie sie zuerst in eine andere Datei (Aktiven Satz speichern unter…) oder verwerfen Sie sie.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not opened again, so its unsaved edits were not re-applied. They stay in its journal and are offered back when it is opened.</source>
        <translation>
            <numerusform>%1 wurde nicht erneut geöffnet, daher wurden die ungespeicherten Änderungen nicht erneut angewendet. Sie bleiben im Wiederherstellungsjournal und werden beim nächsten Öffnen wieder angeboten.</numerusform>
            <numerusform>%1 wurden nicht erneut geöffnet, daher wurden ihre ungespeicherten Änderungen nicht erneut angewendet. Sie bleiben in ihren Wiederherstellungsjournalen und werden beim nächsten Öffnen wieder angeboten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited cell(s) of %1 could not be restored: %1 no longer has the images they were on.</source>
        <translation>
            <numerusform>%n bearbeitete Zelle von %1 konnte nicht wiederhergestellt werden: %1 enthält das Bild, auf dem sie lag, nicht mehr.</numerusform>
            <numerusform>%n bearbeitete Zellen von %1 konnten nicht wiederhergestellt werden: %1 enthält die Bilder, auf denen sie lagen, nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored the unsaved edits of %1 (Edit ▸ Undo takes them back).</source>
        <translation>Die ungespeicherten Änderungen an %1 wurden wiederhergestellt (Bearbeiten ▸ Rückgängig nimmt sie zurück).</translation>
    </message>
    <message>
        <source>Review marks not read</source>
        <translation>Prüfstand nicht gelesen</translation>
    </message>
    <message>
        <source>Review marks of %1 taken from the same file at %2.</source>
        <translation>Prüfstand von %1 übernommen von derselben Datei unter %2.</translation>
    </message>
</context>
<context>
    <name>curator::DrawTool</name>
    <message>
        <source>A cell needs at least 3 vertices; keep clicking to add more.</source>
        <translation>Eine Zelle braucht mindestens 3 Eckpunkte; klicken Sie weiter, um mehr hinzuzufügen.</translation>
    </message>
    <message>
        <source>Added cell %1.</source>
        <translation>Zelle %1 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>curator::EditTools</name>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Betrachten</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Look around: drag to pan, click to select a cell</source>
        <translation>Umsehen: Ziehen verschiebt die Ansicht, Klicken wählt eine Zelle</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>&amp;Auswählen und Verschieben</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Click or drag a band to select cells (Shift adds); drag a selected cell to move the selection</source>
        <translation>Klicken oder einen Rahmen ziehen, um Zellen auszuwählen (Umschalt fügt hinzu); eine ausgewählte Zelle ziehen, um die Auswahl zu verschieben</translation>
    </message>
    <message>
        <source>Edit &amp;Vertices</source>
        <translation>&amp;Eckpunkte bearbeiten</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Drag a vertex of the selected cell; press on an edge to insert one; Shift+click deletes one</source>
        <translation>Einen Eckpunkt der ausgewählten Zelle ziehen; auf eine Kante drücken fügt einen ein; Umschalt+Klick löscht einen</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Click the outline of a new cell; click the first point, double-click or press Enter to close it</source>
        <translation>Den Umriss einer neuen Zelle klicken; zum Schließen den ersten Punkt klicken, doppelklicken oder Eingabe drücken</translation>
    </message>
    <message>
        <source>S&amp;plit Cell</source>
        <translation>Zelle &amp;teilen</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Drag a line across a cell to cut it in two</source>
        <translation>Eine Linie quer durch eine Zelle ziehen, um sie zu zerteilen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected cells (with Edit Vertices: the vertex last touched)</source>
        <translation>Die ausgewählten Zellen löschen (bei „Eckpunkte bearbeiten“: den zuletzt berührten Eckpunkt)</translation>
    </message>
    <message>
        <source>&amp;Merge Cells</source>
        <translation>Zellen &amp;vereinigen</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Join the selected cells into one</source>
        <translation>Die ausgewählten Zellen zu einer vereinigen</translation>
    </message>
    <message>
        <source>Edit Tools</source>
        <translation>Bearbeitungswerkzeuge</translation>
    </message>
    <message>
        <source>Select the cells to delete first.</source>
        <translation>Wählen Sie zuerst die zu löschenden Zellen aus.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle gelöscht.</numerusform>
            <numerusform>%n Zellen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more cells to merge (Shift+click adds a cell to the selection).</source>
        <translation>Wählen Sie zwei oder mehr Zellen zum Vereinigen aus (Umschalt+Klick fügt eine Zelle zur Auswahl hinzu).</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n cell(s) into cell %1.</source>
        <translation>
            <numerusform>%n Zelle zu Zelle %1 vereinigt.</numerusform>
            <numerusform>%n Zellen zu Zelle %1 vereinigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dra&amp;w Cell</source>
        <translation>Zelle &amp;zeichnen</translation>
    </message>
</context>
<context>
    <name>curator::FindingsDock</name>
    <message>
        <source>Quality Findings</source>
        <translation>Qualitätsbefunde</translation>
    </message>
    <message>
        <source>The annotation file to check; the other loaded files serve as other splits</source>
        <translation>Die zu prüfende Annotationsdatei; die anderen geladenen Dateien dienen als weitere Splits</translation>
    </message>
    <message>
        <source>Run Checks</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Findings as CSV…</source>
        <translation>Befunde als CSV…</translation>
    </message>
    <message>
        <source>Findings as JSON…</source>
        <translation>Befunde als JSON…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Verworfene zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Hide the selected findings from the worklist; kept in the review file</source>
        <translation>Die gewählten Befunde aus der Arbeitsliste nehmen; wird in der Review-Datei gespeichert</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Put dismissed findings back on the worklist</source>
        <translation>Verworfene Befunde wieder in die Arbeitsliste aufnehmen</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <source>Quality checks cancelled.</source>
        <translation>Qualitätsprüfung abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Quality checks: %n finding(s) in %L1 s.</source>
        <translation>
            <numerusform>Qualitätsprüfung: %n Befund in %L1 s.</numerusform>
            <numerusform>Qualitätsprüfung: %n Befunde in %L1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss Findings</source>
        <translation>Befunde verwerfen</translation>
    </message>
    <message>
        <source>Open an annotation file to check it.</source>
        <translation>Öffnen Sie eine Annotationsdatei, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Press Run Checks to look for problems in %1.</source>
        <translation>„Prüfen“ sucht nach Problemen in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n image(s)</source>
        <translation>
            <numerusform> auf %n Bild</numerusform>
            <numerusform> auf %n Bildern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dismissed</source>
        <translation>
            <numerusform>, %n verworfen</numerusform>
            <numerusform>, %n verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Quality Checks</source>
        <translation>Qualitätsprüfung</translation>
    </message>
</context>
<context>
    <name>curator::FolderImageSource</name>
    <message>
        <source>%1 is not a readable folder</source>
        <translation>%1 ist kein lesbarer Ordner</translation>
    </message>
    <message>
        <source>%1 is not in the folder %2</source>
        <translation>%1 ist nicht im Ordner %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the limit of %3 bytes; refused</source>
        <translation>%1 hat %2 Bytes, mehr als die Grenze von %3 Bytes; abgelehnt</translation>
    </message>
    <message>
        <source>Cannot read %1 completely: %2</source>
        <translation>%1 kann nicht vollständig gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: not enough memory for its %L2 bytes</source>
        <translation>%1 kann nicht gelesen werden: nicht genug Arbeitsspeicher für seine %L2 Bytes</translation>
    </message>
</context>
<context>
    <name>curator::ImageBrowserDock</name>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Search file names…</source>
        <translation>Dateinamen durchsuchen …</translation>
    </message>
    <message>
        <source>Shows images whose file name or set contains every word typed here.</source>
        <translation>Zeigt Bilder, deren Dateiname oder Satz jedes hier eingegebene Wort enthält.</translation>
    </message>
    <message>
        <source>Annotation set or split</source>
        <translation>Annotationssatz oder Aufteilung</translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation>Zelltyp</translation>
    </message>
    <message>
        <source>Well of the 96-well plate</source>
        <translation>Vertiefung (Well) der 96-Well-Platte</translation>
    </message>
    <message>
        <source>Time point since the start of imaging</source>
        <translation>Zeitpunkt seit Beginn der Aufnahmen</translation>
    </message>
    <message>
        <source>All sets</source>
        <translation>Alle Sätze</translation>
    </message>
    <message>
        <source>All cell types</source>
        <translation>Alle Zelltypen</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Unbekannter Typ</translation>
    </message>
    <message>
        <source>All wells</source>
        <translation>Alle Wells</translation>
    </message>
    <message>
        <source>All time points</source>
        <translation>Alle Zeitpunkte</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 von %n Bild</numerusform>
            <numerusform>%1 von %n Bildern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::ImageBrowserModel</name>
    <message>
        <source>%1d %2h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source> %1m</source>
        <translation> %1 min</translation>
    </message>
    <message>
        <source>unannotated</source>
        <translation>nicht annotiert</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation>Zelltyp</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Well</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>No loaded annotation file refers to this image</source>
        <translation>Keine geladene Annotationsdatei verweist auf dieses Bild</translation>
    </message>
</context>
<context>
    <name>curator::ImageCanvas</name>
    <message>
        <source>Open a LIVECell distribution folder, an images.zip with annotation files, or a COCO JSON file with File ▸ Open, or drop it here.</source>
        <translation>Öffnen Sie einen LIVECell-Distributionsordner, eine images.zip mit Annotationsdateien oder eine COCO-JSON-Datei über Datei ▸ Öffnen, oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <source>No image data for %1.</source>
        <translation>Keine Bilddaten für %1.</translation>
    </message>
</context>
<context>
    <name>curator::Journal</name>
    <message>
        <source>%1 is in use by another running session.</source>
        <translation>%1 wird von einer anderen laufenden Sitzung verwendet.</translation>
    </message>
    <message>
        <source>%1: cannot write the recovery journal (%2)</source>
        <translation>%1: Wiederherstellungsjournal kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot continue the recovery journal</source>
        <translation>%1: Wiederherstellungsjournal kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>%1: writing the recovery journal failed (%2); unsaved edits are not protected against a crash.</source>
        <translation>%1: Schreiben des Wiederherstellungsjournals fehlgeschlagen (%2); ungespeicherte Bearbeitungen sind nicht gegen einen Absturz geschützt.</translation>
    </message>
    <message>
        <source>%1: cannot read the recovery journal (%2)</source>
        <translation>%1: Wiederherstellungsjournal kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: not a recovery journal (no valid header)</source>
        <translation>%1: kein Wiederherstellungsjournal (kein gültiger Kopf)</translation>
    </message>
</context>
<context>
    <name>curator::MainWindow</name>
    <message>
        <source>%L1 %</source>
        <translation>%L1 %</translation>
    </message>
    <message>
        <source>Sample dataset</source>
        <translation>Beispieldatensatz</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Loading annotations…</source>
        <translation>Annotationen werden geladen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n annotation file(s): %L1 images, %L2 cells.</source>
        <translation>
            <numerusform>%n Annotationsdatei geöffnet: %L1 Bilder, %L2 Zellen.</numerusform>
            <numerusform>%n Annotationsdateien geöffnet: %L1 Bilder, %L2 Zellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened with warnings</source>
        <translation>Mit Warnungen geöffnet</translation>
    </message>
    <message>
        <source>Time point %1 of %2 in this series (%3).</source>
        <translation>Zeitpunkt %1 von %2 dieser Serie (%3).</translation>
    </message>
    <message>
        <source>No earlier time point of this well, position and crop is loaded.</source>
        <translation>Kein früherer Zeitpunkt dieses Wells, dieser Position und dieses Ausschnitts ist geladen.</translation>
    </message>
    <message>
        <source>No later time point of this well, position and crop is loaded.</source>
        <translation>Kein späterer Zeitpunkt dieses Wells, dieser Position und dieses Ausschnitts ist geladen.</translation>
    </message>
    <message numerus="yes">
        <source>Cell %1 · %L2 px² · %n vertices</source>
        <translation>
            <numerusform>Zelle %1 · %L2 px² · %n Eckpunkt</numerusform>
            <numerusform>Zelle %1 · %L2 px² · %n Eckpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>x %1, y %2: %3</source>
        <translation>x %1, y %2: %3</translation>
    </message>
    <message>
        <source>LIVECell Curator</source>
        <translation>LIVECell Curator</translation>
    </message>
    <message>
        <source>%1 — LIVECell Curator</source>
        <translation>%1 — LIVECell Curator</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>Dateien ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open annotation files (.json) and an images.zip</source>
        <translation>Annotationsdateien (.json) und eine images.zip öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a LIVECell distribution folder or a folder of images</source>
        <translation>Einen LIVECell-Distributionsordner oder einen Bilderordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Export View as PNG…</source>
        <translation>&amp;Ansicht als PNG exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export Whole &amp;Image with Cells as PNG…</source>
        <translation>Ganzes &amp;Bild mit Zellen als PNG exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>&amp;Originalgröße (1:1)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Show &amp;Cells</source>
        <translation>&amp;Zellen anzeigen</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Fill C&amp;ells</source>
        <translation>Zellen f&amp;üllen</translation>
    </message>
    <message>
        <source>Shift+C</source>
        <translation>Shift+C</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>Previous &amp;Time Point</source>
        <translation>Vorheriger &amp;Zeitpunkt</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next T&amp;ime Point</source>
        <translation>Nächster Z&amp;eitpunkt</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>The same well, position and crop 4 hours earlier (or the nearest earlier time point)</source>
        <translation>Dasselbe Well, dieselbe Position und derselbe Ausschnitt 4 Stunden früher (oder der nächste frühere Zeitpunkt)</translation>
    </message>
    <message>
        <source>The same well, position and crop 4 hours later (or the nearest later time point)</source>
        <translation>Dasselbe Well, dieselbe Position und derselbe Ausschnitt 4 Stunden später (oder der nächste spätere Zeitpunkt)</translation>
    </message>
    <message>
        <source>&amp;About LIVECell Curator</source>
        <translation>Ü&amp;ber LIVECell Curator</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bedienfelder</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>Open Annotations and Images</source>
        <translation>Annotationen und Bilder öffnen</translation>
    </message>
    <message>
        <source>LIVECell files (*.json *.zip);;COCO annotations (*.json);;Image archives (*.zip);;All files (*)</source>
        <translation>LIVECell-Dateien (*.json *.zip);;COCO-Annotationen (*.json);;Bildarchive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open LIVECell Folder</source>
        <translation>LIVECell-Ordner öffnen</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export Image with Cells</source>
        <translation>Bild mit Zellen exportieren</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>About LIVECell Curator</source>
        <translation>Über LIVECell Curator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LIVECell Curator %1&lt;/h3&gt;&lt;p&gt;A desktop application to browse, curate and evaluate the LIVECell label-free live-cell segmentation dataset.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LIVECell Curator %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Anwendung zum Durchsehen, Kuratieren und Auswerten des LIVECell-Datensatzes für die markierungsfreie Segmentierung lebender Zellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Masks</source>
        <translation>Masken exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>This finding is not about an image that is loaded.</source>
        <translation>Dieser Befund betrifft kein geladenes Bild.</translation>
    </message>
    <message>
        <source>&amp;Run Quality Checks</source>
        <translation>Qualitätsprüfung &amp;starten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Look for self-intersections, near-duplicates, outliers, leakage and other problems</source>
        <translation>Nach Selbstüberschneidungen, Beinahe-Duplikaten, Ausreißern, Split-Überschneidungen und anderen Problemen suchen</translation>
    </message>
    <message>
        <source>Dataset &amp;Statistics…</source>
        <translation>&amp;Datensatz-Statistik…</translation>
    </message>
    <message>
        <source>Images, cells, cells per image and cell areas per cell type and split, as charts</source>
        <translation>Bilder, Zellen, Zellen pro Bild und Zellflächen je Zelltyp und Split als Diagramme</translation>
    </message>
    <message>
        <source>&amp;Nuclear Count Benchmark…</source>
        <translation>&amp;Zellkern-Zählbenchmark…</translation>
    </message>
    <message>
        <source>Compare predicted cell counts with fluorescence-based nuclear counts (A549, A172)</source>
        <translation>Vorhergesagte Zellzahlen mit fluoreszenzbasierten Zellkernzählungen vergleichen (A549, A172)</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Qualität</translation>
    </message>
    <message>
        <source>Stop the model run; images done so far are kept</source>
        <translation>Modelllauf abbrechen; bereits bearbeitete Bilder bleiben erhalten</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Import detectron2 Results…</source>
        <translation>detectron2-Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <source>Compare a results file (coco_instances_results.json) with the open ground truth</source>
        <translation>Eine Ergebnisdatei (coco_instances_results.json) mit der geöffneten Referenz vergleichen</translation>
    </message>
    <message>
        <source>&amp;Load Model…</source>
        <translation>Modell &amp;laden…</translation>
    </message>
    <message>
        <source>Use another ONNX segmentation model with its JSON sidecar</source>
        <translation>Ein anderes ONNX-Segmentierungsmodell mit seiner JSON-Begleitdatei verwenden</translation>
    </message>
    <message>
        <source>Run on &amp;Current Image</source>
        <translation>Auf a&amp;ktuellem Bild ausführen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Run on &amp;Filtered Images</source>
        <translation>Auf &amp;gefilterten Bildern ausführen</translation>
    </message>
    <message>
        <source>Segment every image the image browser shows with its current filters</source>
        <translation>Jedes Bild segmentieren, das die Bildliste mit ihren aktuellen Filtern zeigt</translation>
    </message>
    <message>
        <source>Run on &amp;All Images</source>
        <translation>Auf &amp;allen Bildern ausführen</translation>
    </message>
    <message>
        <source>Show &amp;Difference</source>
        <translation>&amp;Unterschiede zeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Show &amp;Side by Side</source>
        <translation>&amp;Nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Show A&amp;nnotations</source>
        <translation>Anno&amp;tationen zeigen</translation>
    </message>
    <message>
        <source>Importing results…</source>
        <translation>Ergebnisse werden importiert…</translation>
    </message>
    <message>
        <source>Cannot import results</source>
        <translation>Ergebnisse können nicht importiert werden</translation>
    </message>
    <message>
        <source>Run Model</source>
        <translation>Modell ausführen</translation>
    </message>
    <message>
        <source>No image is shown or listed to run the model on.</source>
        <translation>Es wird kein Bild angezeigt oder aufgelistet, auf dem das Modell laufen könnte.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Model %1: %n image(s) segmented.</source>
        <translation>
            <numerusform>Modell %1: %n Bild segmentiert.</numerusform>
            <numerusform>Modell %1: %n Bilder segmentiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load Segmentation Model</source>
        <translation>Segmentierungsmodell laden</translation>
    </message>
    <message>
        <source>ONNX models and sidecars (*.onnx *.json);;All files (*)</source>
        <translation>ONNX-Modelle und Begleitdateien (*.onnx *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load Model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <source>Loaded model %1.</source>
        <translation>Modell %1 geladen.</translation>
    </message>
    <message>
        <source>Import detectron2 Results</source>
        <translation>detectron2-Ergebnisse importieren</translation>
    </message>
    <message>
        <source>Results files (*.json);;All files (*)</source>
        <translation>Ergebnisdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The prediction&apos;s image (id %1) is not in the ground truth.</source>
        <translation>Das Bild der Vorhersage (ID %1) ist nicht in der Referenz.</translation>
    </message>
    <message>
        <source>Added the prediction to the ground truth as cell %1.</source>
        <translation>Die Vorhersage wurde als Zelle %1 in die Referenz übernommen.</translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation>Vorhersage übernehmen</translation>
    </message>
    <message>
        <source>Delete GT Cell</source>
        <translation>Referenzzelle löschen</translation>
    </message>
    <message>
        <source>Deleted cell %1 from the ground truth.</source>
        <translation>Zelle %1 wurde aus der Referenz gelöscht.</translation>
    </message>
    <message>
        <source>Ne&amp;xt Missed or Spurious Cell</source>
        <translation>Nächste übersehene oder überzählige &amp;Zelle</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Select and centre the next cell the model missed (FN) or made up (FP), image after image</source>
        <translation>Die nächste Zelle auswählen und zentrieren, die das Modell übersehen (FN) oder hinzuerfunden (FP) hat, Bild für Bild</translation>
    </message>
    <message>
        <source>Pre&amp;vious Missed or Spurious Cell</source>
        <translation>&amp;Vorherige übersehene oder überzählige Zelle</translation>
    </message>
    <message>
        <source>Shift+X</source>
        <translation>Shift+X</translation>
    </message>
    <message>
        <source>No evaluated predictions: run the model or import results first (Model menu).</source>
        <translation>Keine ausgewerteten Vorhersagen: zuerst das Modell ausführen oder Ergebnisse importieren (Menü Modell).</translation>
    </message>
    <message>
        <source>Continued from the first image.</source>
        <translation>Beim ersten Bild fortgesetzt.</translation>
    </message>
    <message>
        <source>Continued from the last image.</source>
        <translation>Beim letzten Bild fortgesetzt.</translation>
    </message>
    <message>
        <source>No missed or spurious cell in the images shown.</source>
        <translation>Keine übersehene oder überzählige Zelle in den angezeigten Bildern.</translation>
    </message>
    <message>
        <source>Missed or spurious cell %1 of %2 on this image.</source>
        <translation>Übersehene oder überzählige Zelle %1 von %2 auf diesem Bild.</translation>
    </message>
    <message>
        <source>Cell %1 · %L2 px² · mask</source>
        <translation>Zelle %1 · %L2 px² · Maske</translation>
    </message>
    <message>
        <source>Write the predictions as a detectron2 results file, for livecell-cli eval, pycocotools or importing here later</source>
        <translation>Die Vorhersagen als detectron2-Ergebnisdatei schreiben, für livecell-cli eval, pycocotools oder zum späteren Importieren hier</translation>
    </message>
    <message>
        <source>Save Predictions As</source>
        <translation>Vorhersagen speichern unter</translation>
    </message>
    <message>
        <source>Saving predictions…</source>
        <translation>Vorhersagen werden gespeichert…</translation>
    </message>
    <message>
        <source>Save Predictions</source>
        <translation>Vorhersagen speichern</translation>
    </message>
    <message>
        <source>Saving was cancelled; the file is unchanged.</source>
        <translation>Das Speichern wurde abgebrochen; die Datei ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n prediction(s)</source>
        <translation>
            <numerusform>%n Vorhersage</numerusform>
            <numerusform>%n Vorhersagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n image(s) to %1.</source>
        <translation>
            <numerusform>auf %n Bild in %1 gespeichert.</numerusform>
            <numerusform>auf %n Bildern in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model is still running: images it finishes later are not in the file.</source>
        <translation>Das Modell läuft noch: Bilder, die es danach fertigstellt, sind nicht in der Datei.</translation>
    </message>
    <message>
        <source>About the &amp;Model…</source>
        <translation>Über das &amp;Modell…</translation>
    </message>
    <message>
        <source>What the model learnt from, how well it does on images it never saw, and its licence</source>
        <translation>Woraus das Modell gelernt hat, wie gut es auf nie gesehenen Bildern ist, und seine Lizenz</translation>
    </message>
    <message>
        <source>About the Model</source>
        <translation>Über das Modell</translation>
    </message>
    <message>
        <source>Open Sam&amp;ple Dataset</source>
        <translation>Beispiel&amp;datensatz öffnen</translation>
    </message>
    <message>
        <source>Save &amp;Predictions As…</source>
        <translation>Vorhersagen s&amp;peichern unter…</translation>
    </message>
    <message numerus="yes">
        <source>%n more hidden by the display filters (cell types, annotation sets, predictions layer).</source>
        <translation>
            <numerusform>%n weitere durch die Anzeigefilter ausgeblendet (Zelltypen, Annotationssätze, Vorhersageebene).</numerusform>
            <numerusform>%n weitere durch die Anzeigefilter ausgeblendet (Zelltypen, Annotationssätze, Vorhersageebene).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to Id…</source>
        <translation>Zu &amp;ID springen…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Show the cell with a COCO annotation id, or an image by its id (&quot;image 1234&quot;)</source>
        <translation>Die Zelle mit einer COCO-Annotations-ID zeigen oder ein Bild anhand seiner ID („Bild 1234“)</translation>
    </message>
    <message>
        <source>Go to Id</source>
        <translation>Zu ID springen</translation>
    </message>
    <message>
        <source>Annotation id, or &quot;image&quot; and an image id:</source>
        <translation>Annotations-ID oder „Bild“ und eine Bild-ID:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: type a whole number, or &quot;image&quot; and one.</source>
        <translation>„%1“ ist keine ID: Geben Sie eine ganze Zahl ein oder „Bild“ und eine Zahl.</translation>
    </message>
    <message>
        <source>No open set has an image with id %1.</source>
        <translation>Kein geöffneter Annotationssatz enthält ein Bild mit der ID %1.</translation>
    </message>
    <message>
        <source>No open set has a cell with annotation id %1.</source>
        <translation>Kein geöffneter Annotationssatz enthält eine Zelle mit der Annotations-ID %1.</translation>
    </message>
    <message>
        <source>Cell %1 of %2 is on image id %3, which no open set lists.</source>
        <translation>Zelle %1 aus %2 liegt auf Bild-ID %3, die kein geöffneter Annotationssatz enthält.</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>Cell %1 of %2 is on %3, but the display filters or the page shown hide it.</source>
        <translation>Zelle %1 aus %2 liegt auf %3, ist aber durch die Anzeigefilter oder die gezeigte Seite verborgen.</translation>
    </message>
    <message>
        <source>Cell %1 of %2 on %3</source>
        <translation>Zelle %1 aus %2 auf %3</translation>
    </message>
    <message>
        <source>image</source>
        <comment>typed before an image id in Go to Id</comment>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation>Vom Datenträger &amp;neu laden</translation>
    </message>
    <message>
        <source>Open the same files again as they are on disk now (unsaved edits can be re-applied)</source>
        <translation>Dieselben Dateien erneut öffnen, wie sie jetzt auf dem Datenträger liegen (ungespeicherte Änderungen können erneut angewendet werden)</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %n annotation file(s) from disk: %L1 images, %L2 cells.</source>
        <translation>
            <numerusform>%n Annotationsdatei vom Datenträger neu geladen: %L1 Bilder, %L2 Zellen.</numerusform>
            <numerusform>%n Annotationsdateien vom Datenträger neu geladen: %L1 Bilder, %L2 Zellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Model Review</source>
        <translation>Modellprüfung</translation>
    </message>
    <message>
        <source>Edits and the model review now go to %1, the set this image is in.</source>
        <translation>Bearbeitungen und der Modellvergleich gehen jetzt an %1, den Satz, in dem dieses Bild liegt.</translation>
    </message>
    <message>
        <source>Compared with %1, which holds their images.</source>
        <translation>Verglichen mit %1, der ihre Bilder enthält.</translation>
    </message>
</context>
<context>
    <name>curator::MaskContour</name>
    <message>
        <source>The mask is empty.</source>
        <translation>Die Maske ist leer.</translation>
    </message>
    <message>
        <source>Tracing the mask failed: %1</source>
        <translation>Das Nachzeichnen der Maske ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The prediction has no outline.</source>
        <translation>Die Vorhersage hat keinen Umriss.</translation>
    </message>
</context>
<context>
    <name>curator::MaskExportController</name>
    <message>
        <source>Export &amp;Masks…</source>
        <translation>&amp;Masken exportieren …</translation>
    </message>
    <message>
        <source>Write a 16-bit instance label TIFF per image of the active set (smaller cells on top)</source>
        <translation>Pro Bild des aktiven Satzes ein 16-Bit-Instanz-Label-TIFF schreiben (kleinere Zellen oben)</translation>
    </message>
    <message>
        <source>Export Masks</source>
        <translation>Masken exportieren</translation>
    </message>
    <message>
        <source>Open an annotation file with images first.</source>
        <translation>Öffnen Sie zuerst eine Annotationsdatei mit Bildern.</translation>
    </message>
    <message>
        <source>Export Masks to Folder</source>
        <translation>Masken in Ordner exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Write label images for the %n image(s) of %1 to %2?</source>
        <translation>
            <numerusform>Label-Bilder für das %n Bild von %1 nach %2 schreiben?</numerusform>
            <numerusform>Label-Bilder für die %n Bilder von %1 nach %2 schreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Also write binary masks (0 / 255)</source>
        <translation>Auch binäre Masken schreiben (0 / 255)</translation>
    </message>
    <message>
        <source>Writing masks…</source>
        <translation>Masken werden geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Mask export was cancelled.</source>
        <translation>Der Maskenexport wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote masks of %n image(s) to %1.</source>
        <translation>
            <numerusform>Masken von %n Bild nach %1 geschrieben.</numerusform>
            <numerusform>Masken von %n Bildern nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::MaskExporter</name>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation>%1: Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; the mask uses the size in the annotation file</source>
        <translation>%1: %2; die Maske verwendet die Größe aus der Annotationsdatei</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 px but the annotation file says %4 × %5; the mask follows the image</source>
        <translation>%1 ist %2 × %3 px, laut Annotationsdatei aber %4 × %5; die Maske folgt dem Bild</translation>
    </message>
    <message>
        <source>%1: skipped, its size is unknown</source>
        <translation>%1: übersprungen, die Größe ist unbekannt</translation>
    </message>
    <message>
        <source>not enough memory to make its masks</source>
        <translation>nicht genug Speicher, um seine Masken zu erstellen</translation>
    </message>
    <message numerus="yes">
        <source>%1: not enough memory to export the masks of its %n image(s)</source>
        <translation>
            <numerusform>%1: nicht genug Speicher, um die Masken seines %n Bildes zu exportieren</numerusform>
            <numerusform>%1: nicht genug Speicher, um die Masken seiner %n Bilder zu exportieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::MaskRenderer</name>
    <message>
        <source>%1 cells do not fit a 16-bit label image (at most %2).</source>
        <translation>%1 Zellen passen nicht in ein 16-Bit-Labelbild (höchstens %2).</translation>
    </message>
    <message>
        <source>The image size is unknown.</source>
        <translation>Die Bildgröße ist unbekannt.</translation>
    </message>
    <message>
        <source>The mask of annotation %1 is %2 × %3 px, the image %4 × %5 px.</source>
        <translation>Die Maske der Annotation %1 ist %2 × %3 px, das Bild %4 × %5 px.</translation>
    </message>
</context>
<context>
    <name>curator::MergeCells</name>
    <message>
        <source>Select at least two cells to merge.</source>
        <translation>Wählen Sie mindestens zwei Zellen zum Zusammenführen aus.</translation>
    </message>
    <message>
        <source>Only cells of the same image can be merged.</source>
        <translation>Nur Zellen desselben Bildes können zusammengeführt werden.</translation>
    </message>
</context>
<context>
    <name>curator::ModelInfo</name>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message numerus="yes">
        <source>Its sidecar lists the %n image(s) it learnt from: its scores on those are in-sample.</source>
        <translation>
            <numerusform>Seine Beschreibungsdatei nennt das %n Bild, aus dem es gelernt hat: Seine Werte darauf sind In-Sample.</numerusform>
            <numerusform>Seine Beschreibungsdatei nennt die %n Bilder, aus denen es gelernt hat: Seine Werte auf diesen sind In-Sample.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained on:</source>
        <translation>Trainiert mit:</translation>
    </message>
    <message>
        <source>mask AP %1 on images it never saw</source>
        <translation>Masken-AP %1 auf Bildern, die es nie gesehen hat</translation>
    </message>
    <message>
        <source>(AP50 %1, AP75 %2)</source>
        <translation>(AP50 %1, AP75 %2)</translation>
    </message>
    <message>
        <source>Accuracy:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
</context>
<context>
    <name>curator::ModelReviewDock</name>
    <message>
        <source>Model Review</source>
        <translation>Modellprüfung</translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation>Vorhersage übernehmen</translation>
    </message>
    <message>
        <source>Delete GT Cell</source>
        <translation>Referenzzelle löschen</translation>
    </message>
    <message>
        <source>IoU %1</source>
        <translation>IoU %1</translation>
    </message>
    <message>
        <source>IoU a prediction needs with a ground-truth cell to count as a match</source>
        <translation>IoU, die eine Vorhersage mit einer Referenzzelle erreichen muss, um als Treffer zu zählen</translation>
    </message>
    <message>
        <source>Match at</source>
        <translation>Treffer ab</translation>
    </message>
    <message>
        <source>Add the selected prediction to the ground truth as a new cell (undoable)</source>
        <translation>Die gewählte Vorhersage als neue Zelle in die Referenz übernehmen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Delete the selected ground-truth cell (undoable)</source>
        <translation>Die gewählte Referenzzelle löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>No predictions yet. Run the model (Model ▸ Run on Current Image) or import a detectron2 results file.</source>
        <translation>Noch keine Vorhersagen. Führen Sie das Modell aus (Modell ▸ Auf aktuellem Bild ausführen) oder importieren Sie eine detectron2-Ergebnisdatei.</translation>
    </message>
    <message>
        <source>Predictions %1 against ground truth %2.</source>
        <translation>Vorhersagen %1 gegen Referenz %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <source>This cell is not part of the evaluation.</source>
        <translation>Diese Zelle gehört nicht zur Auswertung.</translation>
    </message>
    <message>
        <source>Prediction %1 is matched (TP).</source>
        <translation>Vorhersage %1 ist zugeordnet (TP).</translation>
    </message>
    <message>
        <source>Cell %1 is matched (TP).</source>
        <translation>Zelle %1 ist zugeordnet (TP).</translation>
    </message>
    <message>
        <source>Cell %1 is missed (FN).</source>
        <translation>Zelle %1 wurde übersehen (FN).</translation>
    </message>
    <message>
        <source>Prediction %1 is spurious (FP).</source>
        <translation>Vorhersage %1 ist überzählig (FP).</translation>
    </message>
    <message>
        <source>Prediction %1 matches a crowd region (ignored).</source>
        <translation>Vorhersage %1 trifft eine Crowd-Region (ignoriert).</translation>
    </message>
    <message>
        <source>Prediction %1 was not evaluated.</source>
        <translation>Vorhersage %1 wurde nicht ausgewertet.</translation>
    </message>
    <message>
        <source>Cell %1 was not evaluated.</source>
        <translation>Zelle %1 wurde nicht ausgewertet.</translation>
    </message>
    <message>
        <source>No ground-truth cell overlaps it.</source>
        <translation>Keine Referenzzelle überlappt sie.</translation>
    </message>
    <message>
        <source>No prediction overlaps it.</source>
        <translation>Keine Vorhersage überlappt sie.</translation>
    </message>
    <message>
        <source>Best ground-truth match: cell %1, IoU %2.</source>
        <translation>Beste Referenzentsprechung: Zelle %1, IoU %2.</translation>
    </message>
    <message>
        <source>Best prediction: %1, IoU %2.</source>
        <translation>Beste Vorhersage: %1, IoU %2.</translation>
    </message>
    <message>
        <source>Click a cell in the Difference or Ground Truth | Predictions view to see its best match (outlined in dashed cyan).</source>
        <translation>Klicken Sie in der Unterschieds- oder der Ansicht Referenz | Vorhersagen auf eine Zelle, um ihre beste Entsprechung zu sehen (cyanfarben gestrichelt umrandet).</translation>
    </message>
    <message>
        <source>Delete &amp;Ground-Truth Cell</source>
        <translation>Referenzzelle lö&amp;schen</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message numerus="yes">
        <source>%1 learnt from %n of the images segmented: its scores there are in-sample and overstate how it does on new images.</source>
        <translation>
            <numerusform>%1 hat aus %n der segmentierten Bilder gelernt: Seine Werte dort sind In-Sample und überschätzen, wie gut es auf neuen Bildern ist.</numerusform>
            <numerusform>%1 hat aus %n der segmentierten Bilder gelernt: Seine Werte dort sind In-Sample und überschätzen, wie gut es auf neuen Bildern ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>On images it never saw it scores mask AP %1.</source>
        <translation>Auf Bildern, die es nie gesehen hat, erreicht es Masken-AP %1.</translation>
    </message>
    <message>
        <source>Acc&amp;ept Prediction</source>
        <translation>Vorhersage &amp;übernehmen</translation>
    </message>
    <message>
        <source>Prediction %1 scores under the score threshold and is left out of the matching.</source>
        <translation>Vorhersage %1 liegt unter der Score-Schwelle und bleibt bei der Zuordnung außen vor.</translation>
    </message>
    <message>
        <source>Cell %1 has no predictions to be compared with yet.</source>
        <translation>Für Zelle %1 gibt es noch keine Vorhersagen zum Vergleich.</translation>
    </message>
    <message>
        <source>Double-click a cell type to list only its images in the image browser (&quot;All&quot;: every image)</source>
        <translation>Doppelklick auf einen Zelltyp zeigt unter „Bilder“ nur dessen Bilder („Alle“: jedes Bild)</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation>Keine Zahlen: %1</translation>
    </message>
</context>
<context>
    <name>curator::ModelSidecar</name>
    <message>
        <source>%1: cannot read the model description: %2</source>
        <translation>%1: Modellbeschreibung kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: model description larger than 16 MiB</source>
        <translation>%1: Modellbeschreibung größer als 16 MiB</translation>
    </message>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1: ungültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: field &quot;model&quot; must name the .onnx file</source>
        <translation>%1: Feld „model“ muss die .onnx-Datei nennen</translation>
    </message>
    <message>
        <source>a multiple of input.divisor (%1)</source>
        <translation>ein Vielfaches von input.divisor (%1)</translation>
    </message>
    <message>
        <source>less than a quarter of input.tileSize</source>
        <translation>kleiner als ein Viertel von input.tileSize</translation>
    </message>
    <message>
        <source>1 (the network must take one grayscale channel)</source>
        <translation>1 (das Netz muss einen Graustufenkanal erwarten)</translation>
    </message>
    <message>
        <source>&quot;softmax&quot;, &quot;none&quot; or &quot;sigmoid&quot;</source>
        <translation>„softmax“, „none“ oder „sigmoid“</translation>
    </message>
    <message>
        <source>a list of distinct names out of %1</source>
        <translation>eine Liste verschiedener Namen aus %1</translation>
    </message>
    <message>
        <source>a list of at most %1 names</source>
        <translation>eine Liste von höchstens %1 Namen</translation>
    </message>
    <message>
        <source>a list that includes &quot;interior&quot;</source>
        <translation>eine Liste, die „interior“ enthält</translation>
    </message>
    <message>
        <source>a list with &quot;foreground&quot;, &quot;background&quot; or &quot;boundary&quot; besides &quot;interior&quot;</source>
        <translation>eine Liste mit „foreground“, „background“ oder „boundary“ neben „interior“</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>&quot;meanForeground&quot; or &quot;seedPeak&quot;</source>
        <translation>&quot;meanForeground&quot; oder &quot;seedPeak&quot;</translation>
    </message>
    <message>
        <source>1, 2 or 4</source>
        <translation>1, 2 oder 4</translation>
    </message>
    <message>
        <source>a list of at most %1 objects, each setting some of foregroundThreshold, interiorThreshold, seedSmoothing and contactWeight</source>
        <translation>eine Liste von höchstens %1 Objekten, von denen jedes einige von foregroundThreshold, interiorThreshold, seedSmoothing und contactWeight setzt</translation>
    </message>
    <message>
        <source>%1: field &quot;%2.%3&quot; is not one a variant can set (%4)</source>
        <translation>%1: Feld „%2.%3“ kann eine Variante nicht setzen (%4)</translation>
    </message>
    <message>
        <source>a list of image file names</source>
        <translation>eine Liste von Bilddateinamen</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>%1: field &quot;%2.%3&quot; must be %4</source>
        <translation>%1: Feld „%2.%3“ muss %4 sein</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or not an object</source>
        <translation>%1: Feld „%2“ fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: field &quot;format&quot; must be &quot;%2&quot;</source>
        <translation>%1: Feld „format“ muss „%2“ sein</translation>
    </message>
    <message>
        <source>%1: field &quot;formatVersion&quot; must be %2 (this program reads version %2)</source>
        <translation>%1: Feld „formatVersion“ muss %2 sein (dieses Programm liest Version %2)</translation>
    </message>
</context>
<context>
    <name>curator::NuclearCountWindow</name>
    <message>
        <source>Nuclear Count Benchmark</source>
        <translation>Zellkern-Zählbenchmark</translation>
    </message>
    <message>
        <source>Open Benchmark…</source>
        <translation>Benchmark öffnen…</translation>
    </message>
    <message>
        <source>A LIVECell folder or its nuclear_count_benchmark folder</source>
        <translation>Ein LIVECell-Ordner oder sein Ordner nuclear_count_benchmark</translation>
    </message>
    <message>
        <source>Count with Model</source>
        <translation>Mit Modell zählen</translation>
    </message>
    <message>
        <source>A loaded annotation file of model output whose images are the benchmark&apos;s</source>
        <translation>Eine geladene Annotationsdatei mit Modellausgaben zu den Bildern des Benchmarks</translation>
    </message>
    <message>
        <source>Use Predictions</source>
        <translation>Vorhersagen verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Plot as PNG…</source>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>%1 holds no nuclear count benchmark (nuclear_count_benchmark/*_counts.json).</source>
        <translation>%1 enthält keinen Zellkern-Zählbenchmark (nuclear_count_benchmark/*_counts.json).</translation>
    </message>
    <message>
        <source>Choose a loaded annotation file with images.</source>
        <translation>Wählen Sie eine geladene Annotationsdatei mit Bildern.</translation>
    </message>
    <message>
        <source>None of the images in %1 is in the benchmark.</source>
        <translation>Keines der Bilder in %1 gehört zum Benchmark.</translation>
    </message>
    <message>
        <source>None of the counted images is in %1.</source>
        <translation>Keines der gezählten Bilder ist in %1.</translation>
    </message>
    <message>
        <source>Counting cancelled.</source>
        <translation>Zählung abgebrochen.</translation>
    </message>
    <message>
        <source>bundled model</source>
        <translation>mitgeliefertes Modell</translation>
    </message>
    <message>
        <source>Open a LIVECell folder with nuclear_count_benchmark/ to compare predicted and fluorescence counts.</source>
        <translation>Öffnen Sie einen LIVECell-Ordner mit nuclear_count_benchmark/, um vorhergesagte und Fluoreszenz-Zählungen zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n counted image(s).</source>
        <translation>
            <numerusform>%1: %n gezähltes Bild.</numerusform>
            <numerusform>%1: %n gezählte Bilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 with predictions (%2), %L3 of them below 1,600 cells.</source>
        <translation>%L1 mit Vorhersagen (%2), davon %L3 unter 1.600 Zellen.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Fluorescence count</source>
        <translation>Fluoreszenz-Zählung</translation>
    </message>
    <message>
        <source>Predicted count</source>
        <translation>Vorhergesagte Zahl</translation>
    </message>
    <message>
        <source>In R²</source>
        <translation>In R²</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (≥ 1,600)</source>
        <translation>nein (≥ 1.600)</translation>
    </message>
    <message>
        <source>Predicted vs fluorescence count</source>
        <translation>Vorhergesagte Zahl gegen Fluoreszenz-Zählung</translation>
    </message>
    <message numerus="yes">
        <source>%1: R² = %2 over %n image(s) with fewer than 1,600 cells</source>
        <translation>
            <numerusform>%1: R² = %2 über %n Bild mit weniger als 1.600 Zellen</numerusform>
            <numerusform>%1: R² = %2 über %n Bilder mit weniger als 1.600 Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>images below 1,600 cells</source>
        <translation>Bilder unter 1.600 Zellen</translation>
    </message>
    <message>
        <source>images with 1,600 cells or more (not in R²)</source>
        <translation>Bilder mit 1.600 Zellen oder mehr (nicht in R²)</translation>
    </message>
    <message>
        <source>predicted = fluorescence</source>
        <translation>Vorhersage = Fluoreszenz</translation>
    </message>
    <message>
        <source>Open Nuclear Count Benchmark</source>
        <translation>Zellkern-Zählbenchmark öffnen</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export Counts</source>
        <translation>Zählungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cells scoring below this are not counted (model output with scores only)</source>
        <translation>Zellen mit niedrigerem Score werden nicht gezählt (nur Modellausgaben mit Scores)</translation>
    </message>
    <message>
        <source>Min score:</source>
        <translation>Min. Score:</translation>
    </message>
    <message>
        <source>Label-free image</source>
        <translation>Markierungsfreies Bild</translation>
    </message>
    <message>
        <source>Fluorescent image</source>
        <translation>Fluoreszenzbild</translation>
    </message>
    <message>
        <source>The fluorescent nuclear image the count comes from, when the benchmark&apos;s fluorescent images are present</source>
        <translation>Das Fluoreszenzbild der Kerne, aus dem die Zählung stammt, sofern die Fluoreszenzbilder des Benchmarks vorliegen</translation>
    </message>
    <message>
        <source>No fluorescent image for %1 in %2</source>
        <translation>Kein Fluoreszenzbild zu %1 in %2</translation>
    </message>
    <message>
        <source>Not enough memory to count the cells.</source>
        <translation>Nicht genug Speicher, um die Zellen zu zählen.</translation>
    </message>
    <message numerus="yes">
        <source>Counting cells in %n image(s) with %1…</source>
        <translation>
            <numerusform>Zähle Zellen in %n Bild (Modell: %1)…</numerusform>
            <numerusform>Zähle Zellen in %n Bildern (Modell: %1)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (cancelled, %n image(s))</source>
        <translation>
            <numerusform>%1 (abgebrochen, %n Bild)</numerusform>
            <numerusform>%1 (abgebrochen, %n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment every benchmark image with the model (the bundled one unless Model ▸ Load Model… chose another) and count its cells</source>
        <translation>Jedes Benchmark-Bild mit dem Modell segmentieren (dem mitgelieferten, sofern Modell ▸ Modell laden… kein anderes gewählt hat) und seine Zellen zählen</translation>
    </message>
</context>
<context>
    <name>curator::NuclearCounts</name>
    <message>
        <source>the count &quot;%1&quot; is not a non-negative integer</source>
        <translation>die Anzahl „%1“ ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <source>the count %1 is not a non-negative integer</source>
        <translation>die Anzahl %1 ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <source>expected a count (a string such as &quot;123&quot; or a number)</source>
        <translation>Anzahl erwartet (eine Zeichenkette wie „123“ oder eine Zahl)</translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation>Byte %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: invalid counts file at %2: %3</source>
        <translation>%1: ungültige Zähldatei bei %2: %3</translation>
    </message>
    <message>
        <source>expected a JSON object {&quot;&lt;file name&gt;&quot;: &lt;count&gt;, …}</source>
        <translation>JSON-Objekt {&quot;&lt;Dateiname&gt;&quot;: &lt;Anzahl&gt;, …} erwartet</translation>
    </message>
    <message>
        <source>%1 (image &quot;%2&quot;)</source>
        <translation>%1 (Bild „%2“)</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; is listed twice (first at byte %2)</source>
        <translation>das Bild „%1“ ist doppelt aufgeführt (zuerst bei Byte %2)</translation>
    </message>
</context>
<context>
    <name>curator::OverlayStyle</name>
    <message>
        <source>By cell type</source>
        <translation>Nach Zelltyp</translation>
    </message>
    <message>
        <source>By instance</source>
        <translation>Nach Zelle</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Nach Fläche</translation>
    </message>
    <message>
        <source>By annotation set</source>
        <translation>Nach Annotationssatz</translation>
    </message>
</context>
<context>
    <name>curator::PasteCells</name>
    <message>
        <source>it has no outline</source>
        <translation>sie hat keinen Umriss</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>Zelle %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n cell(s) fits this image: %1</source>
        <translation>
            <numerusform>Die Zelle passt nicht in dieses Bild: %1</numerusform>
            <numerusform>Keine der %n Zellen passt in dieses Bild: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle einfügen</numerusform>
            <numerusform>%n Zellen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>cell id %1: %2</source>
        <translation>Zelle mit ID %1: %2</translation>
    </message>
</context>
<context>
    <name>curator::PolygonSplit</name>
    <message>
        <source>Draw a line across the cell to split it.</source>
        <translation>Ziehen Sie eine Linie quer durch die Zelle, um sie zu teilen.</translation>
    </message>
    <message>
        <source>The line must cross the cell&apos;s outline twice: draw it from outside, across the cell, to outside.</source>
        <translation>Die Linie muss den Umriss der Zelle zweimal kreuzen: Ziehen Sie sie von außen quer durch die Zelle nach außen.</translation>
    </message>
    <message>
        <source>A part of the split cell would not be a valid cell: %1</source>
        <translation>Ein Teil der geteilten Zelle wäre keine gültige Zelle: %1</translation>
    </message>
</context>
<context>
    <name>curator::PolygonUnion</name>
    <message>
        <source>Nothing to merge.</source>
        <translation>Nichts zusammenzuführen.</translation>
    </message>
    <message>
        <source>The merged outline is not a valid cell: %1</source>
        <translation>Der zusammengeführte Umriss ist keine gültige Zelle: %1</translation>
    </message>
    <message>
        <source>The cells are %1 px apart; only cells that touch or are at most %2 px apart can be merged.</source>
        <translation>Die Zellen liegen %1 px auseinander; nur Zellen, die sich berühren oder höchstens %2 px auseinanderliegen, können zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The cells could not be joined into one outline.</source>
        <translation>Die Zellen konnten nicht zu einem Umriss vereinigt werden.</translation>
    </message>
</context>
<context>
    <name>curator::PredictionReview</name>
    <message>
        <source>The model is running; cancel it before loading another model.</source>
        <translation>Das Modell läuft; brechen Sie den Lauf ab, bevor Sie ein anderes Modell laden.</translation>
    </message>
    <message>
        <source>The bundled model (livecell-unet.json) was not found; load one with Model ▸ Load Model….</source>
        <translation>Das mitgelieferte Modell (livecell-unet.json) wurde nicht gefunden; laden Sie eines mit Modell ▸ Modell laden….</translation>
    </message>
    <message>
        <source>The model is already running.</source>
        <translation>Das Modell läuft bereits.</translation>
    </message>
    <message>
        <source>No image source is open: open an images.zip or an image folder first.</source>
        <translation>Keine Bildquelle geöffnet: Öffnen Sie zuerst eine images.zip oder einen Bildordner.</translation>
    </message>
    <message>
        <source>No annotation set with images is open, so there is nothing to compare predictions with.</source>
        <translation>Es ist kein Annotationssatz mit Bildern geöffnet, mit dem Vorhersagen verglichen werden könnten.</translation>
    </message>
    <message>
        <source>None of the chosen images is in the ground truth set %1.</source>
        <translation>Keines der gewählten Bilder ist im Referenzsatz %1.</translation>
    </message>
    <message numerus="yes">
        <source>The model run was cancelled; %n image(s) are done.</source>
        <translation>
            <numerusform>Der Modelllauf wurde abgebrochen; %n Bild ist fertig.</numerusform>
            <numerusform>Der Modelllauf wurde abgebrochen; %n Bilder sind fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be segmented: %1</source>
        <translation>
            <numerusform>%n Bild konnte nicht segmentiert werden: %1</numerusform>
            <numerusform>%n Bilder konnten nicht segmentiert werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 was cancelled.</source>
        <translation>Der Import von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is an annotation file with images, not a results list; open it with File ▸ Open.</source>
        <translation>%1 ist eine Annotationsdatei mit Bildern, keine Ergebnisliste; öffnen Sie sie mit Datei ▸ Öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prediction(s) from %1.</source>
        <translation>
            <numerusform>%n Vorhersage aus %1 importiert.</numerusform>
            <numerusform>%n Vorhersagen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no predictions to save: run the model or import results first.</source>
        <translation>Es gibt keine Vorhersagen zum Speichern: zuerst das Modell ausführen oder Ergebnisse importieren.</translation>
    </message>
    <message>
        <source>Not enough memory to keep the model&apos;s results.</source>
        <translation>Nicht genug Speicher, um die Ergebnisse des Modells zu behalten.</translation>
    </message>
    <message>
        <source>%1: not enough memory to keep its predictions.</source>
        <translation>%1: nicht genug Speicher, um die Vorhersagen dieses Bildes zu behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough memory to show the model&apos;s predictions on %n image(s).</source>
        <translation>
            <numerusform>Nicht genug Speicher, um die Vorhersagen des Modells auf %n Bild zu zeigen.</numerusform>
            <numerusform>Nicht genug Speicher, um die Vorhersagen des Modells auf %n Bildern zu zeigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough memory to start the model run on %n image(s).</source>
        <translation>
            <numerusform>Nicht genug Speicher, um das Modell auf %n Bild laufen zu lassen.</numerusform>
            <numerusform>Nicht genug Speicher, um das Modell auf %n Bildern laufen zu lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory to import %1.</source>
        <translation>Nicht genug Speicher, um %1 zu importieren.</translation>
    </message>
</context>
<context>
    <name>curator::PredictionStyleBox</name>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Show predictions</source>
        <translation>Vorhersagen anzeigen</translation>
    </message>
    <message>
        <source>Colour of predicted cells</source>
        <translation>Farbe vorhergesagter Zellen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Min. score</source>
        <translation>Min. Score</translation>
    </message>
    <message>
        <source>Prediction Colour</source>
        <translation>Farbe der Vorhersagen</translation>
    </message>
    <message>
        <source>Hides predictions scoring below this value and leaves them out of the review&apos;s TP / FP / FN and F1 (AP always ranks every prediction)</source>
        <translation>Blendet Vorhersagen mit niedrigerem Score aus und lässt sie bei TP / FP / FN und F1 der Prüfung außen vor (AP bewertet stets alle Vorhersagen)</translation>
    </message>
</context>
<context>
    <name>curator::Qc</name>
    <message>
        <source> (ring %1 of %2)</source>
        <translation> (Ring %1 von %2)</translation>
    </message>
    <message>
        <source>Cell %1 has a ring with an odd number of coordinates (%2)%3; its last number is ignored.</source>
        <translation>Zelle %1 hat einen Ring mit ungerader Koordinatenzahl (%2)%3; die letzte Zahl wird ignoriert.</translation>
    </message>
    <message>
        <source>Cell %1 has a ring with only %2 distinct vertices%3; a ring needs at least 3.</source>
        <translation>Zelle %1 hat einen Ring mit nur %2 verschiedenen Eckpunkten%3; ein Ring braucht mindestens 3.</translation>
    </message>
    <message numerus="yes">
        <source>Cell %1&apos;s outline meets itself %n time(s), first at (%2, %3).</source>
        <translation>
            <numerusform>Der Umriss von Zelle %1 berührt sich %n-mal selbst, zuerst bei (%2, %3).</numerusform>
            <numerusform>Der Umriss von Zelle %1 berührt sich %n-mal selbst, zuerst bei (%2, %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell %1 has a vertex at (%2, %3), %4 px outside the %5 × %6 image.</source>
        <translation>Zelle %1 hat einen Eckpunkt bei (%2, %3), %4 px außerhalb des %5 × %6 großen Bildes.</translation>
    </message>
    <message>
        <source>Cell %1&apos;s area field is %2 px², but its segmentation covers %3 px².</source>
        <translation>Das Flächenfeld von Zelle %1 ist %2 px², ihre Segmentierung bedeckt aber %3 px².</translation>
    </message>
    <message>
        <source>Cell %1&apos;s bbox field is [%2, %3, %4, %5], but its segmentation spans [%6, %7, %8, %9].</source>
        <translation>Das bbox-Feld von Zelle %1 ist [%2, %3, %4, %5], ihre Segmentierung reicht aber über [%6, %7, %8, %9].</translation>
    </message>
    <message>
        <source>Cell %1 has no segmentation.</source>
        <translation>Zelle %1 hat keine Segmentierung.</translation>
    </message>
    <message>
        <source>unknown cell type</source>
        <translation>unbekannter Zelltyp</translation>
    </message>
    <message>
        <source>Cell %1 has zero area: all its vertices lie on one line.</source>
        <translation>Zelle %1 hat die Fläche null: alle Eckpunkte liegen auf einer Geraden.</translation>
    </message>
    <message>
        <source>Cell %1 covers %2 px², %3 times smaller than the median %4 cell (%5 px², robust z = %6).</source>
        <translation>Zelle %1 bedeckt %2 px², %3-mal weniger als die mittlere %4-Zelle (Median %5 px², robuster z-Wert %6).</translation>
    </message>
    <message>
        <source>Cell %1 covers %2 px², %3 times larger than the median %4 cell (%5 px², robust z = %6).</source>
        <translation>Zelle %1 bedeckt %2 px², %3-mal mehr als die mittlere %4-Zelle (Median %5 px², robuster z-Wert %6).</translation>
    </message>
    <message>
        <source>Self-intersecting rings</source>
        <translation>Sich selbst schneidende Ringe</translation>
    </message>
    <message>
        <source>A polygon ring crosses or touches itself, or folds back on itself. Repeated consecutive vertices are not counted.</source>
        <translation>Ein Polygonring kreuzt oder berührt sich selbst oder faltet sich zurück. Wiederholte aufeinanderfolgende Eckpunkte zählen nicht.</translation>
    </message>
    <message>
        <source>crossings</source>
        <translation>Kreuzungen</translation>
    </message>
    <message>
        <source>Degenerate rings</source>
        <translation>Entartete Ringe</translation>
    </message>
    <message>
        <source>A polygon ring has fewer than 3 distinct vertices, or the annotation has no segmentation.</source>
        <translation>Ein Polygonring hat weniger als 3 verschiedene Eckpunkte, oder die Annotation hat keine Segmentierung.</translation>
    </message>
    <message>
        <source>distinct vertices</source>
        <translation>verschiedene Eckpunkte</translation>
    </message>
    <message>
        <source>Odd coordinate counts</source>
        <translation>Ungerade Koordinatenzahl</translation>
    </message>
    <message>
        <source>A polygon ring has an odd number of coordinates; the last one is ignored.</source>
        <translation>Ein Polygonring hat eine ungerade Anzahl von Koordinaten; die letzte wird ignoriert.</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <source>Vertices outside the image</source>
        <translation>Eckpunkte außerhalb des Bildes</translation>
    </message>
    <message>
        <source>A vertex lies left of 0, above 0, right of the image width or below its height. Vertices exactly on x = width or y = height are legitimate.</source>
        <translation>Ein Eckpunkt liegt links von 0, über 0, rechts der Bildbreite oder unterhalb der Bildhöhe. Eckpunkte genau auf x = Breite oder y = Höhe sind zulässig.</translation>
    </message>
    <message>
        <source>pixels outside</source>
        <translation>Pixel außerhalb</translation>
    </message>
    <message>
        <source>Area field inconsistent</source>
        <translation>Flächenfeld widersprüchlich</translation>
    </message>
    <message>
        <source>The annotation&apos;s area field differs from its polygon&apos;s shoelace area (or an RLE&apos;s pixel count) by more than the tolerance.</source>
        <translation>Das Flächenfeld der Annotation weicht um mehr als die Toleranz von der Gaußschen Polygonfläche (bzw. der Pixelzahl einer RLE) ab.</translation>
    </message>
    <message>
        <source>area difference (px²)</source>
        <translation>Flächenabweichung (px²)</translation>
    </message>
    <message>
        <source>Bounding box inconsistent</source>
        <translation>Begrenzungsrahmen widersprüchlich</translation>
    </message>
    <message>
        <source>The annotation&apos;s bbox field differs from the extent of its polygon (or an RLE&apos;s pixel box) by more than the tolerance.</source>
        <translation>Das bbox-Feld der Annotation weicht um mehr als die Toleranz von der Ausdehnung ihres Polygons (bzw. dem Pixelrahmen einer RLE) ab.</translation>
    </message>
    <message>
        <source>largest difference (px)</source>
        <translation>größte Abweichung (px)</translation>
    </message>
    <message>
        <source>Near-duplicate cells</source>
        <translation>Beinahe doppelte Zellen</translation>
    </message>
    <message>
        <source>Two cells of one image whose masks overlap with an IoU at or above the near-duplicate threshold: probably one cell contoured twice.</source>
        <translation>Zwei Zellen eines Bildes, deren Masken sich mit einer IoU auf oder über der Duplikatschwelle überlappen: wahrscheinlich eine zweimal umrandete Zelle.</translation>
    </message>
    <message>
        <source>mask IoU</source>
        <translation>Masken-IoU</translation>
    </message>
    <message>
        <source>Heavy overlaps</source>
        <translation>Starke Überlappungen</translation>
    </message>
    <message>
        <source>Two cells of one image share at least the heavy-overlap fraction of the smaller cell&apos;s mask (but are not near-duplicates).</source>
        <translation>Zwei Zellen eines Bildes teilen mindestens den Überlappungsanteil der Maske der kleineren Zelle (sind aber keine Beinahe-Duplikate).</translation>
    </message>
    <message>
        <source>fraction of the smaller cell covered</source>
        <translation>bedeckter Anteil der kleineren Zelle</translation>
    </message>
    <message>
        <source>Cell area outliers</source>
        <translation>Ausreißer der Zellfläche</translation>
    </message>
    <message>
        <source>A cell&apos;s area is far from the usual area of its cell type: robust z-score of log area (median and MAD) beyond the threshold.</source>
        <translation>Die Fläche einer Zelle weicht stark von der üblichen Fläche ihres Zelltyps ab: robuster z-Wert der logarithmierten Fläche (Median und MAD) jenseits der Schwelle.</translation>
    </message>
    <message>
        <source>robust z-score</source>
        <translation>robuster z-Wert</translation>
    </message>
    <message>
        <source>Duplicate file names</source>
        <translation>Doppelte Dateinamen</translation>
    </message>
    <message>
        <source>The same image file name appears under several image ids.</source>
        <translation>Derselbe Bilddateiname kommt unter mehreren Bild-IDs vor.</translation>
    </message>
    <message>
        <source>image ids with this name</source>
        <translation>Bild-IDs mit diesem Namen</translation>
    </message>
    <message>
        <source>Images in two splits</source>
        <translation>Bilder in zwei Aufteilungen</translation>
    </message>
    <message>
        <source>An image of this set is also in another loaded split (e.g. train and val), which leaks evaluation data into training.</source>
        <translation>Ein Bild dieses Satzes ist auch in einer anderen geladenen Aufteilung (z. B. train und val), wodurch Auswertungsdaten ins Training gelangen.</translation>
    </message>
    <message>
        <source>Sparsely annotated images</source>
        <translation>Spärlich annotierte Bilder</translation>
    </message>
    <message>
        <source>An image has far fewer cells than its cell type and its neighbouring time points (±4 h in the same well, position and crop) suggest.</source>
        <translation>Ein Bild hat weit weniger Zellen, als sein Zelltyp und seine benachbarten Zeitpunkte (±4 h im selben Well, an derselben Position und im selben Ausschnitt) erwarten lassen.</translation>
    </message>
    <message>
        <source>cells / expected cells</source>
        <translation>Zellen / erwartete Zellen</translation>
    </message>
    <message>
        <source>Images without annotations</source>
        <translation>Bilder ohne Annotationen</translation>
    </message>
    <message>
        <source>An image has no annotations at all.</source>
        <translation>Ein Bild hat überhaupt keine Annotationen.</translation>
    </message>
    <message>
        <source>Images missing from the image source</source>
        <translation>In der Bildquelle fehlende Bilder</translation>
    </message>
    <message>
        <source>An image and its annotations are in the annotation file but its file is not in images.zip or the image folder.</source>
        <translation>Ein Bild und seine Annotationen stehen in der Annotationsdatei, die Bilddatei fehlt aber in images.zip bzw. im Bilderordner.</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Annotations without image</source>
        <translation>Annotationen ohne Bild</translation>
    </message>
    <message>
        <source>Annotations refer to an image id that is not in the file&apos;s images.</source>
        <translation>Annotationen verweisen auf eine Bild-ID, die nicht unter den Bildern der Datei ist.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Image %1 (%2)</source>
        <translation>Bild %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (image id %2)</source>
        <translation>%1 (Bild-ID %2)</translation>
    </message>
    <message>
        <source>%1 is also in %2.</source>
        <translation>%1 ist auch in %2.</translation>
    </message>
    <message>
        <source>%1 has no annotations.</source>
        <translation>%1 hat keine Annotationen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not in %2; its %n annotation(s) cannot be shown.</source>
        <translation>
            <numerusform>%1 ist nicht in %2; seine %n Annotation kann nicht angezeigt werden.</numerusform>
            <numerusform>%1 ist nicht in %2; seine %n Annotationen können nicht angezeigt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cells %1 and %2 overlap with mask IoU %3 (threshold %4): probably one cell contoured twice.</source>
        <translation>Die Zellen %1 und %2 überlappen mit Masken-IoU %3 (Schwelle %4): wahrscheinlich eine zweimal umrandete Zelle.</translation>
    </message>
    <message>
        <source>Cells %1 and %2 overlap on %3 px², %4% of the smaller cell (mask IoU %5).</source>
        <translation>Die Zellen %1 und %2 überlappen auf %3 px², %4 % der kleineren Zelle (Masken-IoU %5).</translation>
    </message>
    <message>
        <source>Image %1 (%2) has only %3 cells, where %4 images have a median of %5 (no neighbouring time point is loaded).</source>
        <translation>Bild %1 (%2) hat nur %3 Zellen, während %4-Bilder im Median %5 haben (kein benachbarter Zeitpunkt geladen).</translation>
    </message>
    <message>
        <source>Image %1 (%2) has only %3 cells, where %4 images have a median of %5 and the same series ±%6 h has %7.</source>
        <translation>Bild %1 (%2) hat nur %3 Zellen, während %4-Bilder im Median %5 haben und dieselbe Serie ±%6 h %7 hat.</translation>
    </message>
    <message>
        <source>The file name %1 is used by image %2 and also by image id(s) %3.</source>
        <translation>Der Dateiname %1 wird von Bild %2 und auch von Bild-ID(s) %3 verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) (%2) refer to image id %1, which is not in the file&apos;s images.</source>
        <translation>
            <numerusform>%n Annotation (%2) verweist auf die Bild-ID %1, die nicht unter den Bildern der Datei ist.</numerusform>
            <numerusform>%n Annotationen (%2) verweisen auf die Bild-ID %1, die nicht unter den Bildern der Datei ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not enough memory to run the quality checks on its %L2 cells.</source>
        <translation>%1: nicht genug Speicher, um die Qualitätsprüfungen für seine %L2 Zellen auszuführen.</translation>
    </message>
</context>
<context>
    <name>curator::QcFindingsModel</name>
    <message>
        <source>%1 (%L2, %L3 dismissed)</source>
        <translation>%1 (%L2, %L3 verworfen)</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>%1
(dismissed)</source>
        <translation>%1
(verworfen)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>curator::RecoveredHistory</name>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>curator::ReviewColumns</name>
    <message>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>FN</source>
        <translation>FN</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Mask AP@[.50:.95] of this image alone (LIVECell protocol)</source>
        <translation>Masken-AP@[.50:.95] nur dieses Bildes (LIVECell-Protokoll)</translation>
    </message>
    <message>
        <source>F1 score at IoU %1</source>
        <translation>F1-Wert bei IoU %1</translation>
    </message>
    <message>
        <source>Matched cells (true positives) at IoU %1</source>
        <translation>Zugeordnete Zellen (richtig positiv) bei IoU %1</translation>
    </message>
    <message>
        <source>Spurious predictions (false positives) at IoU %1</source>
        <translation>Überzählige Vorhersagen (falsch positiv) bei IoU %1</translation>
    </message>
    <message>
        <source>Missed cells (false negatives) at IoU %1</source>
        <translation>Übersehene Zellen (falsch negativ) bei IoU %1</translation>
    </message>
    <message>
        <source>Predicted cells (compare with Cells, the ground truth)</source>
        <translation>Vorhergesagte Zellen (vergleiche mit Zellen, der Referenz)</translation>
    </message>
    <message>
        <source>F1 score at IoU %1 of the predictions scoring at least %2</source>
        <translation>F1-Wert bei IoU %1 der Vorhersagen mit Score ab %2</translation>
    </message>
    <message>
        <source>Matched cells (true positives) at IoU %1 by predictions scoring at least %2</source>
        <translation>Zugeordnete Zellen (richtig positiv) bei IoU %1 durch Vorhersagen mit Score ab %2</translation>
    </message>
    <message>
        <source>Spurious predictions (false positives) at IoU %1 among those scoring at least %2</source>
        <translation>Überzählige Vorhersagen (falsch positiv) bei IoU %1 unter denen mit Score ab %2</translation>
    </message>
    <message>
        <source>Missed cells (false negatives) at IoU %1 by the predictions scoring at least %2</source>
        <translation>Übersehene Zellen (falsch negativ) bei IoU %1 durch die Vorhersagen mit Score ab %2</translation>
    </message>
    <message>
        <source>Predicted cells scoring at least %1 (compare with Cells, the ground truth)</source>
        <translation>Vorhergesagte Zellen mit Score ab %1 (vergleiche mit Zellen, der Referenz)</translation>
    </message>
</context>
<context>
    <name>curator::ReviewDock</name>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Image &amp;Reviewed</source>
        <translation>Bild &amp;geprüft</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Mark the image as reviewed in the active set</source>
        <translation>Das Bild im aktiven Satz als geprüft markieren</translation>
    </message>
    <message>
        <source>&amp;Flag Image</source>
        <translation>Bild &amp;markieren</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Flag the image for another look</source>
        <translation>Das Bild zur erneuten Durchsicht markieren</translation>
    </message>
    <message>
        <source>Flag Selected &amp;Cells</source>
        <translation>Ausgewählte &amp;Zellen markieren</translation>
    </message>
    <message>
        <source>Shift+F</source>
        <translation>Shift+F</translation>
    </message>
    <message>
        <source>Flag the selected cells, or clear their flags when all are flagged</source>
        <translation>Die ausgewählten Zellen markieren oder, wenn alle markiert sind, ihre Markierung aufheben</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed Image</source>
        <translation>Nächstes &amp;ungeprüftes Bild</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Next Fla&amp;gged Image</source>
        <translation>Nächstes mar&amp;kiertes Bild</translation>
    </message>
    <message>
        <source>Shift+N</source>
        <translation>Shift+N</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Note on this image</source>
        <translation>Notiz zu diesem Bild</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Cells:</source>
        <translation>Zellen:</translation>
    </message>
    <message>
        <source>Progress of the active set:</source>
        <translation>Fortschritt des aktiven Satzes:</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged on this image</source>
        <translation>
            <numerusform>%n auf diesem Bild markiert</numerusform>
            <numerusform>%n auf diesem Bild markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select cells of the active set to flag them.</source>
        <translation>Wählen Sie Zellen des aktiven Satzes aus, um sie zu markieren.</translation>
    </message>
    <message numerus="yes">
        <source>Cleared the flag of %n cell(s).</source>
        <translation>
            <numerusform>Markierung von %n Zelle aufgehoben.</numerusform>
            <numerusform>Markierung von %n Zellen aufgehoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flagged %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle markiert.</numerusform>
            <numerusform>%n Zellen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No image of the active set is flagged or has flagged cells.</source>
        <translation>Kein Bild des aktiven Satzes ist markiert oder hat markierte Zellen.</translation>
    </message>
    <message>
        <source>Every image of the active set is reviewed.</source>
        <translation>Alle Bilder des aktiven Satzes sind geprüft.</translation>
    </message>
    <message>
        <source>Split, type</source>
        <translation>Split, Typ</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>Split and cell type of the images in this row</source>
        <translation>Split und Zelltyp der Bilder dieser Zeile</translation>
    </message>
    <message>
        <source>Images marked reviewed, of all the row&apos;s images</source>
        <translation>Als geprüft markierte Bilder von allen Bildern der Zeile</translation>
    </message>
    <message>
        <source>Images flagged for another look</source>
        <translation>Zur erneuten Ansicht markierte Bilder</translation>
    </message>
    <message>
        <source>Cells flagged for another look</source>
        <translation>Zur erneuten Ansicht markierte Zellen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 images of %2 in the %3 split</source>
        <translation>%1 Bilder von %2 im Split %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>curator::ReviewEvaluation</name>
    <message numerus="yes">
        <source>Not enough memory to evaluate the predictions on %n image(s).</source>
        <translation>
            <numerusform>Nicht genug Speicher, um die Vorhersagen auf %n Bild auszuwerten.</numerusform>
            <numerusform>Nicht genug Speicher, um die Vorhersagen auf %n Bildern auszuwerten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::ReviewState</name>
    <message>
        <source>%1: not valid JSON at byte %2 (%3)</source>
        <translation>%1: kein gültiges JSON bei Byte %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not a review file (expected &quot;format&quot;: &quot;%2&quot;)</source>
        <translation>%1: keine Prüfdatei (erwartet wurde &quot;format&quot;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: not enough memory to save the review state</source>
        <translation>%1: nicht genug Arbeitsspeicher, um den Prüfstand zu speichern</translation>
    </message>
    <message>
        <source>%1: cannot save the review state (%2), nor in %3 (%4)</source>
        <translation>%1: Der Prüfstand kann nicht gespeichert werden (%2), auch nicht in %3 (%4)</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>curator::ReviewView</name>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Ground Truth | Predictions</source>
        <translation>Referenz | Vorhersagen</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Matched (TP), missed (FN) and spurious (FP) cells at the chosen IoU</source>
        <translation>Zugeordnete (TP), übersehene (FN) und überzählige (FP) Zellen bei der gewählten IoU</translation>
    </message>
    <message>
        <source>IoU %1</source>
        <translation>IoU %1</translation>
    </message>
    <message>
        <source>IoU a prediction needs with a ground-truth cell to count as a match (COCO greedy matching)</source>
        <translation>IoU, die eine Vorhersage mit einer Referenzzelle erreichen muss, um als Treffer zu zählen (gierige COCO-Zuordnung)</translation>
    </message>
    <message>
        <source>Ground truth: none open</source>
        <translation>Referenz: keine geöffnet</translation>
    </message>
    <message>
        <source>Ground truth: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Predictions: none yet (Model ▸ Run or Import)</source>
        <translation>Vorhersagen: noch keine (Modell ▸ Ausführen oder Importieren)</translation>
    </message>
    <message>
        <source>Predictions: %1</source>
        <translation>Vorhersagen: %1</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <source>This image has no evaluated predictions: run the model or import results (Model menu).</source>
        <translation>Dieses Bild hat keine ausgewerteten Vorhersagen: Führen Sie das Modell aus oder importieren Sie Ergebnisse (Menü Modell).</translation>
    </message>
    <message>
        <source>%1 matched (TP) %L2 &amp;nbsp; %3 missed (FN) %L4 &amp;nbsp; %5 spurious (FP) %L6 &amp;nbsp; F1 %7</source>
        <translation>%1 zugeordnet (TP) %L2 &amp;nbsp; %3 übersehen (FN) %L4 &amp;nbsp; %5 überzählig (FP) %L6 &amp;nbsp; F1 %7</translation>
    </message>
    <message>
        <source>Ground truth and predictions side by side (one above the other where that shows the image larger); zoom and pan are linked</source>
        <translation>Referenz und Vorhersagen nebeneinander (übereinander, wo das Bild so größer erscheint); Zoom und Verschieben sind gekoppelt</translation>
    </message>
    <message>
        <source>(predictions scoring at least %1)</source>
        <translation>(Vorhersagen mit Score ab %1)</translation>
    </message>
</context>
<context>
    <name>curator::SampleDataset</name>
    <message>
        <source>This build contains no sample dataset.</source>
        <translation>Dieser Build enthält keinen Beispieldatensatz.</translation>
    </message>
    <message>
        <source>The bundled sample is part of the &lt;b&gt;LIVECell&lt;/b&gt; dataset: Edlund, C. et al. “LIVECell—A large-scale dataset for label-free live cell segmentation”, &lt;i&gt;Nature Methods&lt;/i&gt; 18, 1038–1045 (2021), &lt;a href=&quot;https://github.com/sartorius-research/LIVECell&quot;&gt;github.com/sartorius-research/LIVECell&lt;/a&gt;. Licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by-nc/4.0/&quot;&gt;CC BY-NC 4.0&lt;/a&gt; (non-commercial use, attribution required).</source>
        <translation>Das mitgelieferte Beispiel ist Teil des &lt;b&gt;LIVECell&lt;/b&gt;-Datensatzes: Edlund, C. et al. „LIVECell—A large-scale dataset for label-free live cell segmentation“, &lt;i&gt;Nature Methods&lt;/i&gt; 18, 1038–1045 (2021), &lt;a href=&quot;https://github.com/sartorius-research/LIVECell&quot;&gt;github.com/sartorius-research/LIVECell&lt;/a&gt;. Lizenziert unter &lt;a href=&quot;https://creativecommons.org/licenses/by-nc/4.0/deed.de&quot;&gt;CC BY-NC 4.0&lt;/a&gt; (nur nicht-kommerzielle Nutzung, Namensnennung erforderlich).</translation>
    </message>
    <message>
        <source>Could not extract the sample dataset to %1: %2</source>
        <translation>Der Beispieldatensatz konnte nicht nach %1 entpackt werden: %2</translation>
    </message>
</context>
<context>
    <name>curator::SaveFile</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: not enough memory to write it; the previous file is unchanged</source>
        <translation>%1: nicht genug Arbeitsspeicher, um die Datei zu schreiben; die bisherige Datei ist unverändert</translation>
    </message>
</context>
<context>
    <name>curator::SaveProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>curator::SegmentationBatch</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not enough memory to segment this image</source>
        <translation>%1: nicht genug Speicher, um dieses Bild zu segmentieren</translation>
    </message>
</context>
<context>
    <name>curator::Segmenter</name>
    <message>
        <source>%1: no model description beside the network (expected %2)</source>
        <translation>%1: keine Modellbeschreibung neben dem Netz (erwartet: %2)</translation>
    </message>
    <message>
        <source>%1: cannot read the network: %2</source>
        <translation>%1: Netz kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the network&apos;s output does not have the %2 channels that %3 lists in output.channels</source>
        <translation>%1: die Ausgabe des Netzes hat nicht die %2 Kanäle, die %3 in output.channels aufführt</translation>
    </message>
    <message>
        <source>%1: OpenCV cannot run this network: %2</source>
        <translation>%1: OpenCV kann dieses Netz nicht ausführen: %2</translation>
    </message>
    <message>
        <source>empty image</source>
        <translation>leeres Bild</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: inference failed: %2</source>
        <translation>%1: Inferenz fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: the model description beside it names another network, %2 (its field &quot;model&quot;); name %3 there, or load the description itself to run the network it names</source>
        <translation>%1: die Modellbeschreibung daneben nennt ein anderes Netz, %2 (ihr Feld &quot;model&quot;); tragen Sie dort %3 ein oder laden Sie die Beschreibung selbst, um das darin genannte Netz auszuführen</translation>
    </message>
</context>
<context>
    <name>curator::SelectTool</name>
    <message numerus="yes">
        <source>%n cell(s) selected.</source>
        <translation>
            <numerusform>%n Zelle ausgewählt.</numerusform>
            <numerusform>%n Zellen ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::SplitTool</name>
    <message>
        <source>Drag a line across the cell to split it.</source>
        <translation>Ziehen Sie eine Linie quer durch die Zelle, um sie zu teilen.</translation>
    </message>
    <message>
        <source>The line does not cross a cell: select the cell, then drag a line across it.</source>
        <translation>Die Linie kreuzt keine Zelle: Wählen Sie die Zelle aus und ziehen Sie dann eine Linie quer hindurch.</translation>
    </message>
    <message>
        <source>Split cell %1; the new part is cell %2.</source>
        <translation>Zelle %1 geteilt; der neue Teil ist Zelle %2.</translation>
    </message>
</context>
<context>
    <name>curator::StatisticsWindow</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Dataset Statistics</source>
        <translation>Datensatz-Statistik</translation>
    </message>
    <message>
        <source>Images per cell type</source>
        <translation>Bilder je Zelltyp</translation>
    </message>
    <message>
        <source>Cells per cell type</source>
        <translation>Zellen je Zelltyp</translation>
    </message>
    <message>
        <source>Cells per image (5, 25, 50, 75, 95 %)</source>
        <translation>Zellen pro Bild (5, 25, 50, 75, 95 %)</translation>
    </message>
    <message>
        <source>Cell area, px² (5, 25, 50, 75, 95 %)</source>
        <translation>Zellfläche, px² (5, 25, 50, 75, 95 %)</translation>
    </message>
    <message>
        <source>Cell area histogram</source>
        <translation>Histogramm der Zellflächen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export Chart as PNG…</source>
        <translation>Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export Summary CSV…</source>
        <translation>Übersicht als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Histograms CSV…</source>
        <translation>Histogramme als CSV exportieren…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>Berechne Statistik…</translation>
    </message>
    <message numerus="yes">
        <source>%n split(s): %L1 images, %L2 cells.</source>
        <translation>
            <numerusform>%n Split: %L1 Bilder, %L2 Zellen.</numerusform>
            <numerusform>%n Splits: %L1 Bilder, %L2 Zellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation>Zelltyp</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>Cells per image (median)</source>
        <translation>Zellen pro Bild (Median)</translation>
    </message>
    <message>
        <source>Cell area (median, px²)</source>
        <translation>Zellfläche (Median, px²)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Cell area (px²)</source>
        <translation>Zellfläche (px²)</translation>
    </message>
    <message>
        <source>Cells per image</source>
        <translation>Zellen pro Bild</translation>
    </message>
    <message>
        <source>Cell area histogram (%1)</source>
        <translation>Histogramm der Zellflächen (%1)</translation>
    </message>
    <message>
        <source>Fraction of cells</source>
        <translation>Anteil der Zellen</translation>
    </message>
    <message>
        <source>No statistics to export yet.</source>
        <translation>Noch keine Statistik zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Statistik exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Split:</translation>
    </message>
    <message>
        <source>The split whose cell area histograms are shown</source>
        <translation>Der Split, dessen Zellflächen-Histogramme gezeigt werden</translation>
    </message>
</context>
<context>
    <name>curator::SyntheticDataset</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>cannot encode %1</source>
        <translation>%1 kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>The number of images must be between 1 and %1</source>
        <translation>Die Anzahl der Bilder muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>The number of cells per image must be between 0 and %1</source>
        <translation>Die Anzahl der Zellen pro Bild muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>The split must be train, val or test</source>
        <translation>Die Aufteilung muss train, val oder test sein</translation>
    </message>
    <message>
        <source>%1: not enough memory to write the synthetic dataset</source>
        <translation>%1: nicht genug Arbeitsspeicher, um den synthetischen Datensatz zu schreiben</translation>
    </message>
</context>
<context>
    <name>curator::TableColumns</name>
    <message>
        <source>Show All Columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
</context>
<context>
    <name>curator::TableCopy</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>Tabelle kopieren</translation>
    </message>
</context>
<context>
    <name>curator::TiffCodec</name>
    <message>
        <source>not a TIFF file (no TIFF header)</source>
        <translation>keine TIFF-Datei (kein TIFF-Kopf)</translation>
    </message>
    <message>
        <source>corrupt TIFF header or directory</source>
        <translation>beschädigter TIFF-Kopf oder beschädigtes Verzeichnis</translation>
    </message>
    <message>
        <source>image has no pixels</source>
        <translation>Bild hat keine Pixel</translation>
    </message>
    <message>
        <source>image of %1 x %2 pixels exceeds the limit of %3 pixels per side and %4 pixels in total</source>
        <translation>Bild mit %1 × %2 Pixeln überschreitet die Grenze von %3 Pixeln pro Seite und %4 Pixeln insgesamt</translation>
    </message>
    <message>
        <source>floating-point samples are not supported</source>
        <translation>Gleitkomma-Abtastwerte werden nicht unterstützt</translation>
    </message>
    <message>
        <source>corrupt or truncated image data</source>
        <translation>beschädigte oder abgeschnittene Bilddaten</translation>
    </message>
    <message>
        <source>TIFF encoder</source>
        <translation>TIFF-Kodierer</translation>
    </message>
    <message>
        <source>cannot encode the image</source>
        <translation>Bild kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (libtiff: %3)</source>
        <translation>%1: %2 (libtiff: %3)</translation>
    </message>
    <message>
        <source>%1: not a TIFF, PNG or other readable image</source>
        <translation>%1: kein TIFF-, PNG- oder anderes lesbares Bild</translation>
    </message>
    <message>
        <source>tiles of %1 x %2 pixels are far larger than the image of %3 x %4 pixels</source>
        <translation>Kacheln von %1 × %2 Pixeln sind weit größer als das Bild von %3 × %4 Pixeln</translation>
    </message>
    <message>
        <source>%1 samples per pixel exceed the limit of %2</source>
        <translation>%1 Samples pro Pixel überschreiten die Grenze von %2</translation>
    </message>
    <message>
        <source>not enough memory to decode an image of %1 x %2 pixels</source>
        <translation>nicht genug Arbeitsspeicher, um ein Bild von %1 x %2 Pixeln zu dekodieren</translation>
    </message>
    <message>
        <source>%1: not enough memory to decode it</source>
        <translation>%1: nicht genug Arbeitsspeicher, um die Datei zu dekodieren</translation>
    </message>
    <message>
        <source>not enough memory to encode the image</source>
        <translation>nicht genug Speicher, um das Bild zu kodieren</translation>
    </message>
</context>
<context>
    <name>curator::VertexTool</name>
    <message>
        <source>Deleted a vertex of cell %1.</source>
        <translation>Ein Eckpunkt von Zelle %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>curator::ViewSettingsDock</name>
    <message>
        <source>Display</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Raw: stored values. Auto contrast: stretch between the 0.5 and 99.5 percentiles. CLAHE: adaptive histogram equalisation. Background flattened: shading removed, then LIVECell&apos;s normalisation (mean 128, std 11.6).</source>
        <translation>Rohdaten: gespeicherte Werte. Automatischer Kontrast: Streckung zwischen dem 0,5- und dem 99,5-Perzentil. CLAHE: adaptiver Histogrammausgleich. Hintergrund geebnet: Schattierung entfernt, dann LIVECells Normierung (Mittelwert 128, Standardabweichung 11,6).</translation>
    </message>
    <message>
        <source>Contrast from 0.1× to 10×</source>
        <translation>Kontrast von 0,1× bis 10×</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>Show cells</source>
        <translation>Zellen anzeigen</translation>
    </message>
    <message>
        <source>Outlines</source>
        <translation>Umrisse</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllung</translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Cell types</source>
        <translation>Zelltypen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Annotation sets</source>
        <translation>Annotationssätze</translation>
    </message>
    <message>
        <source>%1 (%L2 cells)</source>
        <translation>%1 (%L2 Zellen)</translation>
    </message>
    <message>
        <source>%L1 px²</source>
        <translation>%L1 px²</translation>
    </message>
    <message>
        <source>Colour by area: logarithmic from 30 px² or less to 3,000 px² or more</source>
        <translation>Farbe nach Fläche: logarithmisch von 30 px² oder weniger bis 3.000 px² oder mehr</translation>
    </message>
</context>
<context>
    <name>curator::Workspace</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is neither a folder, a .zip nor a .json file.</source>
        <translation>%1 ist weder ein Ordner noch eine .zip- oder .json-Datei.</translation>
    </message>
    <message>
        <source>No annotation files or images found in %1.</source>
        <translation>In %1 wurden keine Annotationsdateien oder Bilder gefunden.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No image source is open, so %1 cannot be shown.</source>
        <translation>Es ist keine Bildquelle geöffnet, daher kann %1 nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Not enough memory to open %1.</source>
        <translation>Nicht genug Speicher, um %1 zu öffnen.</translation>
    </message>
</context>
<context>
    <name>curator::ZipImageSource</name>
    <message>
        <source>%1 is not in the zip archive %2</source>
        <translation>%1 ist nicht im Zip-Archiv %2</translation>
    </message>
    <message>
        <source>%1: entry %2 declares %3 bytes, more than the limit of %4 bytes; refused (possible decompression bomb)</source>
        <translation>%1: Eintrag %2 gibt %3 Bytes an, mehr als die Grenze von %4 Bytes; abgelehnt (mögliche Dekompressionsbombe)</translation>
    </message>
    <message>
        <source>%1: entry %2 cannot be read: %3</source>
        <translation>%1: Eintrag %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>it holds more than the %1 bytes it declares; reading stopped (possible decompression bomb)</source>
        <translation>er enthält mehr als die angegebenen %1 Bytes; Lesen abgebrochen (mögliche Dekompressionsbombe)</translation>
    </message>
    <message>
        <source>corrupt data (%1)</source>
        <translation>beschädigte Daten (%1)</translation>
    </message>
    <message>
        <source>only %1 of %2 declared bytes could be read</source>
        <translation>nur %1 von %2 angegebenen Bytes konnten gelesen werden</translation>
    </message>
    <message>
        <source>Cannot open the zip archive %1: %2</source>
        <translation>Das Zip-Archiv %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>not enough memory for its %L1 bytes</source>
        <translation>nicht genug Arbeitsspeicher für seine %L1 Bytes</translation>
    </message>
</context>
<context>
    <name>curator::ZipWriter</name>
    <message>
        <source>Cannot create the zip archive %1: %2</source>
        <translation>Das Zip-Archiv %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip archive %2: %3</source>
        <translation>%1 kann nicht zum Zip-Archiv %2 hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>No zip archive is open</source>
        <translation>Kein Zip-Archiv geöffnet</translation>
    </message>
    <message>
        <source>Cannot write the zip archive %1: %2</source>
        <translation>Das Zip-Archiv %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: not enough memory to make it</source>
        <translation>%1: nicht genug Arbeitsspeicher, um diesen Eintrag zu erzeugen</translation>
    </message>
</context>
<context>
    <name>curator::detail::CocoParser</name>
    <message>
        <source>annotation at %1: &apos;%2&apos; has the wrong type or value</source>
        <translation>Annotation bei %1: &apos;%2&apos; hat einen falschen Typ oder Wert</translation>
    </message>
    <message>
        <source>annotation at %1: &apos;bbox&apos; must have 4 numbers, has %2</source>
        <translation>Annotation bei %1: &apos;bbox&apos; muss 4 Zahlen haben, hat %2</translation>
    </message>
    <message>
        <source>annotation at %1: &apos;segmentation&apos; must be a list of polygons or an RLE object</source>
        <translation>Annotation bei %1: &apos;segmentation&apos; muss eine Liste von Polygonen oder ein RLE-Objekt sein</translation>
    </message>
    <message>
        <source>annotation at %1: each polygon must be a list of numbers</source>
        <translation>Annotation bei %1: jedes Polygon muss eine Liste von Zahlen sein</translation>
    </message>
    <message>
        <source>annotation at %1: a polygon contains something other than numbers</source>
        <translation>Annotation bei %1: ein Polygon enthält etwas anderes als Zahlen</translation>
    </message>
    <message>
        <source>annotation at %1: RLE segmentation needs &apos;size&apos; [height, width] and &apos;counts&apos;</source>
        <translation>Annotation bei %1: eine RLE-Segmentierung braucht &apos;size&apos; [Höhe, Breite] und &apos;counts&apos;</translation>
    </message>
    <message>
        <source>annotation at %1: RLE size %2 × %3 exceeds the limit of %4 pixels per side and %5 pixels</source>
        <translation>Annotation bei %1: RLE-Größe %2 × %3 überschreitet die Grenze von %4 Pixeln pro Seite und %5 Pixeln</translation>
    </message>
    <message>
        <source>annotation %1 at %2: a polygon has an odd number of coordinates (%3)</source>
        <translation>Annotation %1 bei %2: ein Polygon hat eine ungerade Anzahl von Koordinaten (%3)</translation>
    </message>
    <message>
        <source>annotation %1 at %2: a polygon has fewer than 3 distinct points</source>
        <translation>Annotation %1 bei %2: ein Polygon hat weniger als 3 verschiedene Punkte</translation>
    </message>
    <message>
        <source>annotation %1 at %2 has an empty segmentation</source>
        <translation>Annotation %1 bei %2 hat eine leere Segmentierung</translation>
    </message>
    <message>
        <source>annotation %1 at %2 has %3 coordinates in %4 rings, over the limit of %5 coordinates and %6 rings; it is kept in the file but not shown</source>
        <translation>Annotation %1 bei %2 hat %3 Koordinaten in %4 Ringen, über der Grenze von %5 Koordinaten und %6 Ringen; sie bleibt in der Datei, wird aber nicht angezeigt</translation>
    </message>
    <message>
        <source>annotation %1 at %2 has a non-finite or out-of-range coordinate (limit ±%3); it is kept in the file but not shown</source>
        <translation>Annotation %1 bei %2 hat eine nicht endliche oder zu große Koordinate (Grenze ±%3); sie bleibt in der Datei, wird aber nicht angezeigt</translation>
    </message>
    <message>
        <source>annotation at %1 has no valid integer &apos;id&apos; and &apos;image_id&apos;; it is kept in the file but not shown</source>
        <translation>Annotation bei %1 hat keine gültigen ganzzahligen &apos;id&apos; und &apos;image_id&apos;; sie bleibt in der Datei, wird aber nicht angezeigt</translation>
    </message>
    <message>
        <source>annotation %1 at %2 has no &apos;segmentation&apos;</source>
        <translation>Annotation %1 bei %2 hat keine &apos;segmentation&apos;</translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation>Byte %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>%1: loading cancelled</source>
        <translation>%1: Laden abgebrochen</translation>
    </message>
    <message>
        <source>%1: invalid JSON at %2: %3</source>
        <translation>%1: ungültiges JSON bei %2: %3</translation>
    </message>
    <message>
        <source>%1: neither &apos;images&apos; nor &apos;annotations&apos; found; is this a COCO file?</source>
        <translation>%1: weder &apos;images&apos; noch &apos;annotations&apos; gefunden; ist das eine COCO-Datei?</translation>
    </message>
    <message>
        <source>image at %1: &apos;%2&apos; is not a valid size</source>
        <translation>Bild bei %1: &apos;%2&apos; ist keine gültige Größe</translation>
    </message>
    <message>
        <source>image at %1 has no valid integer &apos;id&apos;</source>
        <translation>Bild bei %1 hat keine gültige ganzzahlige &apos;id&apos;</translation>
    </message>
    <message>
        <source>image %1 at %2 has no &apos;file_name&apos;</source>
        <translation>Bild %1 bei %2 hat keinen &apos;file_name&apos;</translation>
    </message>
    <message>
        <source>image id %1 is used by more than one image</source>
        <translation>Bild-ID %1 wird von mehr als einem Bild verwendet</translation>
    </message>
    <message>
        <source>annotation id %1 is used by more than one annotation</source>
        <translation>Annotations-ID %1 wird von mehr als einer Annotation verwendet</translation>
    </message>
    <message>
        <source>file name %1 appears under image ids %2 and %3</source>
        <translation>Dateiname %1 kommt unter den Bild-IDs %2 und %3 vor</translation>
    </message>
    <message>
        <source>annotation %1 at %2 refers to image id %3, which is not in &apos;images&apos;</source>
        <translation>Annotation %1 bei %2 verweist auf die Bild-ID %3, die nicht in &apos;images&apos; steht</translation>
    </message>
    <message>
        <source>… and %1 more findings of the kind &apos;%2&apos;</source>
        <translation>… und %1 weitere Befunde der Art &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, curate and evaluate the LIVECell dataset. Without PATH, opens the bundled sample.</source>
        <translation>Den LIVECell-Datensatz durchsehen, kuratieren und auswerten. Ohne PATH wird das mitgelieferte Beispiel geöffnet.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de oder en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Start empty instead of opening the sample.</source>
        <translation>Leer starten, statt das Beispiel zu öffnen.</translation>
    </message>
    <message>
        <source>A distribution folder, an images.zip with annotation files, or a COCO JSON file.</source>
        <translation>Ein Distributionsordner, eine images.zip mit Annotationsdateien oder eine COCO-JSON-Datei.</translation>
    </message>
</context>
</TS>
