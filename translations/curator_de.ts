<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EvalExport</name>
    <message>
        <source>Cell type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvalFindings</name>
    <message numerus="yes">
        <source>%n prediction(s) refer to %1 image id(s) that are not in the ground truth (%2); they were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) have a category that the ground truth does not declare; they were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ground-truth annotation(s) have an undeclared category; they were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ground-truth annotation(s) refer to an image id not in the ground truth&apos;s images; they were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) have no score; they were evaluated with score 1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lowest-scored prediction(s) exceed the per-image maximum of detections and were not evaluated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The ground truth declares no category; the categories of its annotations were used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a zip archive nor a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonJsonWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetInfo</name>
    <message>
        <source>train %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceBuffer</name>
    <message>
        <source>%1: cannot open file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot map file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (libtiff: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a TIFF, PNG or other readable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the zip archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of images must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of cells per image must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split must be train, val or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract the sample dataset to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::CellTableDock</name>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::CellTableModel</name>
    <message>
        <source>crowd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>degenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (px²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::CocoWriter</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not complete the save (%2); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::DisplayPresets</name>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAHE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background flattened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::DistributionLocator</name>
    <message>
        <source>%1 is not a readable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LIVECell images, annotation files or nuclear count benchmark found in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::FolderImageSource</name>
    <message>
        <source>%1 is not a readable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the limit of %3 bytes; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 completely: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ImageBrowserDock</name>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search file names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows images whose file name or set contains every word typed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation set or split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well of the 96-well plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time point since the start of imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cell types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All wells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>curator::ImageBrowserModel</name>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unannotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ImageCanvas</name>
    <message>
        <source>Open a LIVECell distribution folder, an images.zip with annotation files, or a COCO JSON file with File ▸ Open, or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image data for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::MainWindow</name>
    <message>
        <source>%L1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %n annotation file(s): %L1 images, %L2 cells.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time point %1 of %2 in this series (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier time point of this well, position and crop is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later time point of this well, position and crop is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cell %1 · %L2 px² · %n vertices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>x %1, y %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVECell Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — LIVECell Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open annotation files (.json) and an images.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a LIVECell distribution folder or a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export View as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Whole &amp;Image with Cells as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill C&amp;ells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous &amp;Time Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next T&amp;ime Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same well, position and crop 4 hours earlier (or the nearest earlier time point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same well, position and crop 4 hours later (or the nearest later time point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LIVECell Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Annotations and Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVECell files (*.json *.zip);;COCO annotations (*.json);;Image archives (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open LIVECell Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image with Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LIVECell Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LIVECell Curator %1&lt;/h3&gt;&lt;p&gt;A desktop application to browse, curate and evaluate the LIVECell label-free live-cell segmentation dataset.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::OverlayStyle</name>
    <message>
        <source>By cell type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By annotation set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::SampleDataset</name>
    <message>
        <source>This build contains no sample dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled sample is part of the &lt;b&gt;LIVECell&lt;/b&gt; dataset: Edlund, C. et al. “LIVECell—A large-scale dataset for label-free live cell segmentation”, &lt;i&gt;Nature Methods&lt;/i&gt; 18, 1038–1045 (2021), &lt;a href=&quot;https://github.com/sartorius-research/LIVECell&quot;&gt;github.com/sartorius-research/LIVECell&lt;/a&gt;. Licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by-nc/4.0/&quot;&gt;CC BY-NC 4.0&lt;/a&gt; (non-commercial use, attribution required).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::SyntheticDataset</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::TiffCodec</name>
    <message>
        <source>not a TIFF file (no TIFF header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt TIFF header or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image has no pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image of %1 x %2 pixels exceeds the limit of %3 pixels per side and %4 pixels in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating-point samples are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt or truncated image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ViewSettingsDock</name>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw: stored values. Auto contrast: stretch between the 0.5 and 99.5 percentiles. CLAHE: adaptive histogram equalisation. Background flattened: shading removed, then LIVECell&apos;s normalisation (mean 128, std 11.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast from 0.1× to 10×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2 cells)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::Workspace</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a folder, a .zip nor a .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotation files or images found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image source is open, so %1 cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::Writer</name>
    <message>
        <source>%1 changed on disk since it was loaded (it is shorter now); cannot copy unedited objects from it. Save to a new file after reloading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ZipImageSource</name>
    <message>
        <source>%1 is not in the zip archive %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 declares %3 bytes, more than the limit of %4 bytes; refused (possible decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than the %1 bytes it declares; reading stopped (possible decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 declared bytes could be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::ZipWriter</name>
    <message>
        <source>Cannot create the zip archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip archive %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zip archive is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the zip archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curator::detail::CocoParser</name>
    <message>
        <source>annotation at %1: &apos;%2&apos; has the wrong type or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: &apos;bbox&apos; must have 4 numbers, has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: &apos;segmentation&apos; must be a list of polygons or an RLE object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: each polygon must be a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: a polygon contains something other than numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: RLE segmentation needs &apos;size&apos; [height, width] and &apos;counts&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1: RLE size %2 × %3 exceeds the limit of %4 pixels per side and %5 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2: a polygon has an odd number of coordinates (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2: a polygon has fewer than 3 distinct points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2 has an empty segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2 has %3 coordinates in %4 rings, over the limit of %5 coordinates and %6 rings; it is kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2 has a non-finite or out-of-range coordinate (limit ±%3); it is kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation at %1 has no valid integer &apos;id&apos; and &apos;image_id&apos;; it is kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2 has no &apos;segmentation&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid JSON at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither &apos;images&apos; nor &apos;annotations&apos; found; is this a COCO file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image at %1: &apos;%2&apos; is not a valid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image at %1 has no valid integer &apos;id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 at %2 has no &apos;file_name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image id %1 is used by more than one image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation id %1 is used by more than one annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name %1 appears under image ids %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 at %2 refers to image id %3, which is not in &apos;images&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more findings of the kind &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, curate and evaluate the LIVECell dataset. Without PATH, opens the bundled sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty instead of opening the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A distribution folder, an images.zip with annotation files, or a COCO JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
