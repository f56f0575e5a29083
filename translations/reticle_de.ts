<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApplyUndo</name>
    <message>
        <source>%1: the printer does not report this tool&apos;s offset.</source>
        <translation>%1: Der Drucker meldet den Versatz dieses Werkzeugs nicht.</translation>
    </message>
    <message>
        <source>%1: X %2, Y %3 now; X %4, Y %5 applied.</source>
        <translation>%1: jetzt X %2, Y %3; angewendet X %4, Y %5.</translation>
    </message>
    <message>
        <source>%1: the entry is no longer in the file.</source>
        <translation>%1: Der Eintrag ist nicht mehr in der Datei.</translation>
    </message>
    <message>
        <source>%1: the measured offset in the file changed since it was saved.</source>
        <translation>%1: Der gemessene Versatz in der Datei hat sich seit dem Speichern geändert.</translation>
    </message>
</context>
<context>
    <name>AtomicJsonFile</name>
    <message>
        <source>%1: cannot be read: %2.</source>
        <translation>%1: kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a JSON object.</source>
        <translation>%1: Die Datei ist leer; erwartet wurde ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4 (the file is not valid JSON).</source>
        <translation>%1: Zeile %2, Spalte %3: %4 (die Datei ist kein gültiges JSON).</translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level, found %2.</source>
        <translation>%1: Auf oberster Ebene wurde ein JSON-Objekt erwartet, gefunden wurde %2.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>Not overwriting a file that does not parse. %1</source>
        <translation>Eine Datei, die sich nicht einlesen lässt, wird nicht überschrieben. %1</translation>
    </message>
    <message>
        <source>%1: cannot keep the previous version as %2.</source>
        <translation>%1: Die vorherige Version kann nicht als %2 aufbewahrt werden.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2.</source>
        <translation>%1: kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>CalibrateCommand</name>
    <message>
        <source>Calibrate the camera and measure every tool&apos;s offset (headless).</source>
        <translation>Die Kamera kalibrieren und den Versatz jedes Werkzeugs messen (ohne Oberfläche).</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Camera map: %1, RMS %2 µm, max %3 µm%4</source>
        <translation>Kamera-Abbildung: %1, RMS %2 µm, max. %3 µm%4</translation>
    </message>
    <message>
        <source> (saved)</source>
        <translation> (gespeichert)</translation>
    </message>
    <message>
        <source>reticle-cli calibrate: %1</source>
        <translation>reticle-cli calibrate: %1</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Moonraker API key.</source>
        <translation>Moonraker-API-Schlüssel.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>schlüssel</translation>
    </message>
    <message>
        <source>Camera stream or snapshot URL.</source>
        <translation>URL des Kamerastreams oder Einzelbilds.</translation>
    </message>
    <message>
        <source>Tools to measure, e.g. T0,T1,T2.</source>
        <translation>Zu messende Werkzeuge, z. B. T0,T1,T2.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>Reference tool (default: the first).</source>
        <translation>Referenzwerkzeug (Vorgabe: das erste).</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>werkzeug</translation>
    </message>
    <message>
        <source>nozzle-camera (default) or camera-tool.</source>
        <translation>nozzle-camera (Vorgabe) oder camera-tool.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <source>Measurements per tool (default 3).</source>
        <translation>Messungen pro Werkzeug (Vorgabe 3).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>X,Y,Z where a nozzle is over the camera (default 150,150,20).</source>
        <translation>X,Y,Z, bei denen eine Düse über der Kamera steht (Vorgabe 150,150,20).</translation>
    </message>
    <message>
        <source>x,y,z</source>
        <translation>x,y,z</translation>
    </message>
    <message>
        <source>Write offsets to the printer: none (default), auto, klipper-toolchanger, toolchanger-fork, ktcc, ktc, gcode-offset.</source>
        <translation>Versätze in den Drucker schreiben: none (Vorgabe), auto, klipper-toolchanger, toolchanger-fork, ktcc, ktc, gcode-offset.</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>schreiber</translation>
    </message>
    <message>
        <source>tools_config.json to update.</source>
        <translation>Zu aktualisierende tools_config.json.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>calibration.json to reuse and update.</source>
        <translation>Wiederzuverwendende und zu aktualisierende calibration.json.</translation>
    </message>
    <message>
        <source>Calibrate the camera even when a saved calibration fits.</source>
        <translation>Die Kamera auch dann kalibrieren, wenn eine gespeicherte Kalibrierung passt.</translation>
    </message>
    <message>
        <source>Write the result as JSON to this file.</source>
        <translation>Das Ergebnis als JSON in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--camera needs the camera&apos;s URL</source>
        <translation>--camera braucht die URL der Kamera</translation>
    </message>
    <message>
        <source>--tools needs the tools to measure, e.g. T0,T1</source>
        <translation>--tools braucht die zu messenden Werkzeuge, z. B. T0,T1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tool (use T0, T1, ...)</source>
        <translation>&apos;%1&apos; ist kein Werkzeug (verwenden Sie T0, T1, ...)</translation>
    </message>
    <message>
        <source>--mode must be nozzle-camera or camera-tool, not &apos;%1&apos;</source>
        <translation>--mode muss nozzle-camera oder camera-tool sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--repeat must be a whole number from 1 to 50, not &apos;%1&apos;</source>
        <translation>--repeat muss eine ganze Zahl von 1 bis 50 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--camera-position must be X,Y,Z in mm, not &apos;%1&apos;</source>
        <translation>--camera-position muss X,Y,Z in mm sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--apply must be none, auto, klipper-toolchanger, toolchanger-fork, ktcc, ktc or gcode-offset, not &apos;%1&apos;</source>
        <translation>--apply muss none, auto, klipper-toolchanger, toolchanger-fork, ktcc, ktc oder gcode-offset sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Moonraker address, e.g. voron.local, http://10.0.0.5:7125 or ws://printer:7125/websocket.</source>
        <translation>Moonraker-Adresse, z. B. voron.local, http://10.0.0.5:7125 oder ws://printer:7125/websocket.</translation>
    </message>
    <message>
        <source>--printer needs the printer&apos;s address, e.g. voron.local or ws://voron.local:7125/websocket</source>
        <translation>--printer braucht die Adresse des Druckers, z. B. voron.local oder ws://voron.local:7125/websocket</translation>
    </message>
    <message>
        <source>Offsets relative to %1 (Klipper convention, mm):</source>
        <translation>Versätze relativ zu %1 (Klipper-Konvention, mm):</translation>
    </message>
    <message>
        <source>camera-tool mode: the printer&apos;s name of the camera tool (default C0).</source>
        <translation>Kamera-Werkzeug-Modus: Name des Kamera-Werkzeugs im Drucker (Standard C0).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>camera-tool mode: X,Y of the first tool&apos;s mark on a clear part of the bed (default 50,250).</source>
        <translation>Kamera-Werkzeug-Modus: X,Y der Marke des ersten Werkzeugs auf einer freien Stelle des Betts (Standard 50,250).</translation>
    </message>
    <message>
        <source>x,y</source>
        <translation>x,y</translation>
    </message>
    <message>
        <source>camera-tool mode: distance in X between the tools&apos; marks, more than the camera&apos;s field of view (default 25).</source>
        <translation>Kamera-Werkzeug-Modus: Abstand in X zwischen den Marken der Werkzeuge, größer als das Sichtfeld der Kamera (Standard 25).</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>camera-tool mode: nozzle height while it extrudes (default 0.6).</source>
        <translation>Kamera-Werkzeug-Modus: Düsenhöhe beim Extrudieren (Standard 0,6).</translation>
    </message>
    <message>
        <source>camera-tool mode: filament per mark (default 1.0).</source>
        <translation>Kamera-Werkzeug-Modus: Filament pro Marke (Standard 1,0).</translation>
    </message>
    <message>
        <source>camera-tool mode: extrusion feed (default 120).</source>
        <translation>Kamera-Werkzeug-Modus: Vorschub beim Extrudieren (Standard 120).</translation>
    </message>
    <message>
        <source>mm/min</source>
        <translation>mm/min</translation>
    </message>
    <message>
        <source>camera-tool mode: height for travel and tool changes (default 5).</source>
        <translation>Kamera-Werkzeug-Modus: Höhe für Fahrten und Werkzeugwechsel (Standard 5).</translation>
    </message>
    <message>
        <source>camera-tool mode: agree to the tools extruding their marks (required).</source>
        <translation>Kamera-Werkzeug-Modus: zustimmen, dass die Werkzeuge ihre Marken extrudieren (erforderlich).</translation>
    </message>
    <message>
        <source>--reference %1 must be the camera tool or one of --tools</source>
        <translation>--reference %1 muss das Kamera-Werkzeug oder eines der --tools sein</translation>
    </message>
    <message>
        <source>camera-tool mode makes every tool extrude a mark on the bed; heat the tools, clear the bed at the mark positions and add --yes</source>
        <translation>Im Kamera-Werkzeug-Modus extrudiert jedes Werkzeug eine Marke auf das Bett; Werkzeuge aufheizen, das Bett an den Markenpositionen freimachen und --yes angeben</translation>
    </message>
    <message>
        <source>--mark-position must be X,Y in mm, not &apos;%1&apos;</source>
        <translation>--mark-position muss X,Y in mm sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--mark-spacing must be 1 to 200 mm, not &apos;%1&apos;</source>
        <translation>--mark-spacing muss 1 bis 200 mm sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--deposit-z must be 0 to 5 mm, not &apos;%1&apos;</source>
        <translation>--deposit-z muss 0 bis 5 mm sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--extrude must be 0.01 to 10 mm, not &apos;%1&apos;</source>
        <translation>--extrude muss 0,01 bis 10 mm sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--extrude-feed must be 10 to 1200 mm/min, not &apos;%1&apos;</source>
        <translation>--extrude-feed muss 10 bis 1200 mm/min sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--travel-z must be 0.5 to 100 mm and above --deposit-z, not &apos;%1&apos;</source>
        <translation>--travel-z muss 0,5 bis 100 mm und über --deposit-z sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>CalibrationStore</name>
    <message>
        <source>an array of points</source>
        <translation>ein Array von Punkten</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1: transform: %2.</source>
        <translation>%1: Transformation: %2.</translation>
    </message>
    <message>
        <source>%1: not saved because it was not loaded.</source>
        <translation>%1: nicht gespeichert, weil sie nicht geladen wurde.</translation>
    </message>
</context>
<context>
    <name>CameraOptions</name>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>Port of the virtual camera&apos;s MJPEG server (0 = any free port).</source>
        <translation>Port des MJPEG-Servers der virtuellen Kamera (0 = ein freier Port).</translation>
    </message>
    <message>
        <source>What the virtual camera shows: &apos;nozzle&apos; (fixed camera looking up at the nozzle) or &apos;camera-tool&apos; (camera tool looking down at the bed).</source>
        <translation>Was die virtuelle Kamera zeigt: „nozzle“ (feste Kamera, die nach oben auf die Düse blickt) oder „camera-tool“ (Kamerawerkzeug, das nach unten auf das Bett blickt).</translation>
    </message>
    <message>
        <source>Camera resolution, 640x480 up to 3840x2160.</source>
        <translation>Kameraauflösung, 640x480 bis 3840x2160.</translation>
    </message>
    <message>
        <source>Camera frame rate.</source>
        <translation>Bildrate der Kamera.</translation>
    </message>
    <message>
        <source>Camera scale in micrometres per pixel.</source>
        <translation>Kameramaßstab in Mikrometern pro Pixel.</translation>
    </message>
    <message>
        <source>Camera rotation in degrees (positive turns the image clockwise).</source>
        <translation>Kameradrehung in Grad (positiv dreht das Bild im Uhrzeigersinn).</translation>
    </message>
    <message>
        <source>Mirror the camera image horizontally.</source>
        <translation>Kamerabild horizontal spiegeln.</translation>
    </message>
    <message>
        <source>Sensor noise in grey levels (0 = none).</source>
        <translation>Sensorrauschen in Graustufen (0 = keines).</translation>
    </message>
    <message>
        <source>JPEG quality of the camera frames (1-100).</source>
        <translation>JPEG-Qualität der Kamerabilder (1–100).</translation>
    </message>
    <message>
        <source>A frame shows the printer as it was this many milliseconds earlier.</source>
        <translation>Ein Bild zeigt den Drucker so, wie er so viele Millisekunden zuvor war.</translation>
    </message>
    <message>
        <source>Camera focus setting, 0-30 like the camera bus (15 = sharp at the default distance).</source>
        <translation>Fokuseinstellung der Kamera, 0–30 wie auf dem Kamerabus (15 = scharf im Standardabstand).</translation>
    </message>
    <message>
        <source>Toolhead vibration amplitude in micrometres while moving (0 = none).</source>
        <translation>Schwingungsamplitude des Druckkopfs in Mikrometern während der Bewegung (0 = keine).</translation>
    </message>
    <message>
        <source>Show a drop of filament hanging off the nozzle.</source>
        <translation>Einen Filamenttropfen an der Düse zeigen.</translation>
    </message>
    <message>
        <source>Even illumination: no brightness gradient or vignetting.</source>
        <translation>Gleichmäßige Beleuchtung: kein Helligkeitsverlauf und keine Vignettierung.</translation>
    </message>
    <message>
        <source>Bed position of the printed fiducial target in mm.</source>
        <translation>Position der gedruckten Passmarke auf dem Bett in mm.</translation>
    </message>
    <message>
        <source>--camera-mode must be &apos;nozzle&apos; or &apos;camera-tool&apos;, not &apos;%1&apos;</source>
        <translation>--camera-mode muss „nozzle“ oder „camera-tool“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--resolution must be WIDTHxHEIGHT from 640x480 to 3840x2160, not &apos;%1&apos;</source>
        <translation>--resolution muss BREITExHÖHE von 640x480 bis 3840x2160 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--fiducial must be X,Y in mm, not &apos;%1&apos;</source>
        <translation>--fiducial muss X,Y in mm sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Pick each frame&apos;s sensor noise by what it shows instead of by the frame counter: the same scene always gives the same frame (reproducible runs).</source>
        <translation>Das Sensorrauschen jedes Bildes nach dem Bildinhalt statt nach dem Bildzähler wählen: dieselbe Szene ergibt immer dasselbe Bild (reproduzierbare Läufe).</translation>
    </message>
    <message>
        <source>Hide the nozzle tips of these tools (comma-separated tool numbers) under a lump of filament, so that detection fails and the nozzle must be clicked.</source>
        <translation>Die Düsenspitzen dieser Werkzeuge (durch Kommas getrennte Werkzeugnummern) unter einem Filamentklumpen verbergen, sodass die Erkennung scheitert und die Düse angeklickt werden muss.</translation>
    </message>
    <message>
        <source>--occlude-tools must be tool numbers from 0 to 99 separated by commas, not &apos;%1&apos;</source>
        <translation>--occlude-tools muss aus durch Kommas getrennten Werkzeugnummern von 0 bis 99 bestehen, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CameraProfile</name>
    <message>
        <source>MJPEG stream</source>
        <translation>MJPEG-Stream</translation>
    </message>
    <message>
        <source>Snapshot polling</source>
        <translation>Einzelbildabfrage</translation>
    </message>
    <message>
        <source>Video stream or file (RTSP, H.264)</source>
        <translation>Videostream oder -datei (RTSP, H.264)</translation>
    </message>
    <message>
        <source>Camera on this computer</source>
        <translation>Kamera an diesem Computer</translation>
    </message>
</context>
<context>
    <name>CameraService</name>
    <message>
        <source>The virtual camera cannot listen on port %1: %2</source>
        <translation>Die virtuelle Kamera kann nicht auf Port %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>CamerasCommand</name>
    <message>
        <source>List the printer&apos;s webcams with their stream and snapshot URLs.</source>
        <translation>Die Webcams des Druckers mit Stream- und Snapshot-URLs auflisten.</translation>
    </message>
    <message>
        <source>Print the cameras as JSON.</source>
        <translation>Die Kameras als JSON ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No webcams configured.</source>
        <translation>Keine Webcams eingerichtet.</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>  stream:   %1</source>
        <translation>  Stream:   %1</translation>
    </message>
    <message>
        <source>  snapshot: %1</source>
        <translation>  Snapshot: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>flipped horizontally</source>
        <translation>horizontal gespiegelt</translation>
    </message>
    <message>
        <source>flipped vertically</source>
        <translation>vertikal gespiegelt</translation>
    </message>
    <message>
        <source>rotated %1°</source>
        <translation>um %1° gedreht</translation>
    </message>
</context>
<context>
    <name>CentringLoop</name>
    <message>
        <source>Centring took longer than %1 s.</source>
        <translation>Das Zentrieren dauerte länger als %1 s.</translation>
    </message>
    <message>
        <source>No nozzle found in the camera image.</source>
        <translation>Im Kamerabild wurde keine Düse gefunden.</translation>
    </message>
    <message>
        <source>The nozzle is still %1 µm from the centre after %2 moves.</source>
        <translation>Die Düse ist nach %2 Bewegungen noch %1 µm von der Mitte entfernt.</translation>
    </message>
</context>
<context>
    <name>CliDispatcher</name>
    <message>
        <source>Usage: reticle-cli &lt;command&gt; [options]
Headless jobs of Reticle, the calibration workstation for multi-tool printers.

Commands:
</source>
        <translation>Aufruf: reticle-cli &lt;Befehl&gt; [Optionen]
Aufgaben von Reticle ohne Oberfläche, der Kalibrierstation für Mehrwerkzeug-Drucker.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  --lang &lt;code&gt;  Language of the messages (before the command): en, de, cs.
  -h, --help     Show this help; &apos;reticle-cli &lt;command&gt; --help&apos; for a command.
  -v, --version  Show the version.
</source>
        <translation>
Optionen:
  --lang &lt;code&gt;  Sprache der Meldungen (vor dem Befehl): en, de, cs.
  -h, --help     Diese Hilfe anzeigen; &apos;reticle-cli &lt;Befehl&gt; --help&apos; für einen Befehl.
  -v, --version  Version anzeigen.
</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (available: %2)</source>
        <translation>unbekannte Sprache &apos;%1&apos; (verfügbar: %2)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.
</source>
        <translation>Mit &apos;%1 --help&apos; erhalten Sie weitere Informationen.
</translation>
    </message>
    <message>
        <source>User interface language: %1 (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche: %1 (Vorgabe: die des Systems).</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (available: %2)</source>
        <translation>unbekannte Sprache &apos;%1&apos; (verfügbar: %2)</translation>
    </message>
</context>
<context>
    <name>CursorReadoutOverlay</name>
    <message>
        <source>x %1  y %2 px</source>
        <translation>x %1  y %2 px</translation>
    </message>
    <message>
        <source>   X %1  Y %2 mm</source>
        <translation>   X %1  Y %2 mm</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>Find the nozzle in image files and print its centre, radius and confidence.</source>
        <translation>Die Düse in Bilddateien finden und Mittelpunkt, Radius und Konfidenz ausgeben.</translation>
    </message>
    <message>
        <source>Print one JSON object per image.</source>
        <translation>Ein JSON-Objekt pro Bild ausgeben.</translation>
    </message>
    <message>
        <source>Smallest nozzle bore radius to accept, pixels.</source>
        <translation>Kleinster zulässiger Radius der Düsenbohrung, Pixel.</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Largest nozzle bore radius to accept, pixels.</source>
        <translation>Größter zulässiger Radius der Düsenbohrung, Pixel.</translation>
    </message>
    <message>
        <source>Image files (PNG, JPEG, BMP, ...).</source>
        <translation>Bilddateien (PNG, JPEG, BMP, ...).</translation>
    </message>
    <message>
        <source>--%1 needs a positive number of pixels, not &apos;%2&apos;</source>
        <translation>--%1 braucht eine positive Pixelzahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--radius-min must be smaller than --radius-max</source>
        <translation>--radius-min muss kleiner als --radius-max sein</translation>
    </message>
    <message>
        <source>no image given</source>
        <translation>kein Bild angegeben</translation>
    </message>
    <message>
        <source>%1: cannot read the image (missing file or unsupported format)</source>
        <translation>%1: Bild kann nicht gelesen werden (Datei fehlt oder Format nicht unterstützt)</translation>
    </message>
    <message>
        <source>%1: nozzle at x %2, y %3 px, radius %4 px, confidence %5</source>
        <translation>%1: Düse bei x %2, y %3 px, Radius %4 px, Konfidenz %5</translation>
    </message>
    <message>
        <source>%1: no nozzle found (%2)</source>
        <translation>%1: keine Düse gefunden (%2)</translation>
    </message>
</context>
<context>
    <name>Detection</name>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>The image is empty or has an unsupported format</source>
        <translation>Das Bild ist leer oder hat ein nicht unterstütztes Format</translation>
    </message>
    <message>
        <source>Nothing that looks like the target</source>
        <translation>Nichts, was wie das Ziel aussieht</translation>
    </message>
    <message>
        <source>The best candidate is too weak to trust</source>
        <translation>Der beste Kandidat ist zu schwach, um ihm zu vertrauen</translation>
    </message>
    <message>
        <source>Several candidates are equally likely; refusing to guess</source>
        <translation>Mehrere Kandidaten sind gleich wahrscheinlich; es wird nicht geraten</translation>
    </message>
</context>
<context>
    <name>DetectionOverlay</name>
    <message>
        <source>(%1, %2) px · %3 %</source>
        <translation>(%1, %2) px · %3 %</translation>
    </message>
</context>
<context>
    <name>EmbeddedSimulator</name>
    <message>
        <source>The simulated printer cannot listen: %1</source>
        <translation>Der simulierte Drucker kann nicht lauschen: %1</translation>
    </message>
</context>
<context>
    <name>FocusPeakFit</name>
    <message>
        <source>A focus sweep needs at least three usable points.</source>
        <translation>Ein Fokusdurchlauf braucht mindestens drei brauchbare Punkte.</translation>
    </message>
    <message>
        <source>The sharpest image is at the end of the sweep; widen the sweep.</source>
        <translation>Das schärfste Bild liegt am Ende des Durchlaufs; erweitern Sie den Durchlauf.</translation>
    </message>
    <message>
        <source>The focus samples do not determine a peak.</source>
        <translation>Die Fokusmessungen bestimmen kein Maximum.</translation>
    </message>
    <message>
        <source>The sharpness curve has no maximum inside the sweep.</source>
        <translation>Die Schärfekurve hat innerhalb des Durchlaufs kein Maximum.</translation>
    </message>
    <message>
        <source>The fitted best focus lies outside the sweep.</source>
        <translation>Der angepasste beste Fokus liegt außerhalb des Durchlaufs.</translation>
    </message>
</context>
<context>
    <name>FocusRunLog</name>
    <message>
        <source>Cannot create the folder %1 for the focus log.</source>
        <translation>Der Ordner %1 für das Fokusprotokoll kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The focus log is not open.</source>
        <translation>Das Fokusprotokoll ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write the focus log %1: %2</source>
        <translation>Das Fokusprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FocusSweep</name>
    <message>
        <source>The sharpest image is at the end of the coarse sweep (%1); bring the nozzle closer to focus or widen the coarse range.</source>
        <translation>Das schärfste Bild liegt am Ende des Grobdurchlaufs (%1); bringen Sie die Düse näher an den Fokus oder vergrößern Sie den Grobbereich.</translation>
    </message>
    <message>
        <source>Fine pass: %1</source>
        <translation>Feindurchlauf: %1</translation>
    </message>
</context>
<context>
    <name>GcodeCommand</name>
    <message>
        <source>Run G-code on the printer and print its responses.</source>
        <translation>G-Code auf dem Drucker ausführen und seine Antworten ausgeben.</translation>
    </message>
    <message>
        <source>G-code lines; \n separates lines.</source>
        <translation>G-Code-Zeilen; \n trennt Zeilen.</translation>
    </message>
    <message>
        <source>&quot;G28\nG0 X10&quot;</source>
        <translation>&quot;G28\nG0 X10&quot;</translation>
    </message>
    <message>
        <source>no G-code given</source>
        <translation>kein G-Code angegeben</translation>
    </message>
</context>
<context>
    <name>GcodeOffsetWriter</name>
    <message>
        <source>Klipper (SET_GCODE_OFFSET)</source>
        <translation>Klipper (SET_GCODE_OFFSET)</translation>
    </message>
    <message>
        <source>No toolchanger extension was found: SET_GCODE_OFFSET sets one global offset, right only for the active tool, and it is not saved. Put the values into your tool-change macros.</source>
        <translation>Keine Werkzeugwechsler-Erweiterung gefunden: SET_GCODE_OFFSET setzt einen globalen Versatz, der nur für das aktive Werkzeug stimmt und nicht gespeichert wird. Tragen Sie die Werte in Ihre Werkzeugwechsel-Makros ein.</translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>Reticle: camera calibration workstation for multi-tool 3D printers.</source>
        <translation>Reticle: Kamera-Kalibrierstation für Mehrwerkzeug-3D-Drucker.</translation>
    </message>
    <message>
        <source>Run against the built-in simulated printer and camera.</source>
        <translation>Mit dem eingebauten simulierten Drucker und der simulierten Kamera arbeiten.</translation>
    </message>
    <message>
        <source>Run without a display (offscreen rendering).</source>
        <translation>Ohne Bildschirm laufen (Darstellung im Speicher).</translation>
    </message>
    <message>
        <source>Start with the default window layout.</source>
        <translation>Mit der Standardanordnung der Fenster starten.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window once it is shown, then quit.</source>
        <translation>Ein PNG des Hauptfensters speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read and write settings in this INI file instead of the user&apos;s.</source>
        <translation>Einstellungen in dieser INI-Datei statt in der des Benutzers lesen und schreiben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write the screenshot: folder &apos;%1&apos; does not exist</source>
        <translation>Bildschirmfoto kann nicht geschrieben werden: Ordner &apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <source>Calibration mode of the headless demo: nozzle-camera (default) or camera-tool.</source>
        <translation>Kalibriermodus der Demo ohne Anzeige: nozzle-camera (Standard) oder camera-tool.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (available: nozzle-camera, camera-tool)</source>
        <translation>unbekannter Modus &apos;%1&apos; (verfügbar: nozzle-camera, camera-tool)</translation>
    </message>
    <message>
        <source>--mode applies to the headless demo only (--demo --headless)</source>
        <translation>--mode gilt nur für die Demo ohne Anzeige (--demo --headless)</translation>
    </message>
</context>
<context>
    <name>HeadlessDemo</name>
    <message>
        <source>Reticle demo (seed %1): simulated printer with %2 tools, camera rotated %3°%4, 0.02 mm backlash</source>
        <translation>Reticle-Demo (Startwert %1): simulierter Drucker mit %2 Werkzeugen, Kamera um %3° gedreht%4, 0,02 mm Umkehrspiel</translation>
    </message>
    <message>
        <source> and mirrored</source>
        <translation> und gespiegelt</translation>
    </message>
    <message>
        <source>The simulator did not start: %1</source>
        <translation>Der Simulator ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Simulated nozzle camera</source>
        <translation>Simulierte Düsenkamera</translation>
    </message>
    <message>
        <source>The calibration failed: %1</source>
        <translation>Die Kalibrierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Camera map: %1, RMS %2 µm over the calibration points</source>
        <translation>Kamera-Abbildung: %1, RMS %2 µm über die Kalibrierpunkte</translation>
    </message>
    <message>
        <source>tool    true X    true Y   found X   found Y   error X/Y (µm)   std X/Y (µm)  moves</source>
        <translation>Wkz.    wahr X    wahr Y   gef. X    gef. Y    Fehler X/Y (µm)  Std X/Y (µm)  Bew.</translation>
    </message>
    <message>
        <source>Largest error: %1 µm (target 5 µm)</source>
        <translation>Größter Fehler: %1 µm (Ziel 5 µm)</translation>
    </message>
    <message>
        <source>Camera-tool mode: every tool deposits a mark and the camera tool C0 measures it (offsets relative to C0)</source>
        <translation>Kamera-Werkzeug-Modus: Jedes Werkzeug legt eine Marke ab und das Kamera-Werkzeug C0 misst sie (Versätze relativ zu C0)</translation>
    </message>
    <message>
        <source>Simulated camera tool</source>
        <translation>Simuliertes Kamera-Werkzeug</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show versions, the settings file and the available languages.</source>
        <translation>Versionen, Einstellungsdatei und verfügbare Sprachen anzeigen.</translation>
    </message>
    <message>
        <source>Print the information as JSON.</source>
        <translation>Die Angaben als JSON ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Reticle %1</source>
        <translation>Reticle %1</translation>
    </message>
    <message>
        <source>Qt:            %1</source>
        <translation>Qt:                 %1</translation>
    </message>
    <message>
        <source>OpenCV:        %1</source>
        <translation>OpenCV:             %1</translation>
    </message>
    <message>
        <source>libmosquitto:  %1</source>
        <translation>libmosquitto:       %1</translation>
    </message>
    <message>
        <source>System:        %1</source>
        <translation>System:             %1</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei:  %1</translation>
    </message>
    <message>
        <source>Languages:     %1</source>
        <translation>Sprachen:           %1</translation>
    </message>
</context>
<context>
    <name>InfoOverlay</name>
    <message>
        <source>zoom %1×</source>
        <translation>Zoom %1×</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>JsonValidator</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>a non-finite number</source>
        <translation>eine nicht endliche Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: %2: expected %3, found %4.</source>
        <translation>%1: %2: erwartet %3, gefunden %4.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a finite number within ±%1</source>
        <translation>eine endliche Zahl innerhalb ±%1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
</context>
<context>
    <name>KlipperToolchangerWriter</name>
    <message>
        <source>klipper-toolchanger (SET_TOOL_PARAMETER)</source>
        <translation>klipper-toolchanger (SET_TOOL_PARAMETER)</translation>
    </message>
</context>
<context>
    <name>KtcWriter</name>
    <message>
        <source>KTC (KTC_TOOL_OFFSET_SAVE)</source>
        <translation>KTC (KTC_TOOL_OFFSET_SAVE)</translation>
    </message>
</context>
<context>
    <name>KtccWriter</name>
    <message>
        <source>KTCC (SET_TOOL_OFFSET)</source>
        <translation>KTCC (SET_TOOL_OFFSET)</translation>
    </message>
    <message>
        <source>KTCC keeps offsets in memory only: copy the new values into the offset line of each [tool] section of the printer configuration.</source>
        <translation>KTCC hält Versätze nur im Speicher: Übertragen Sie die neuen Werte in die offset-Zeile jedes [tool]-Abschnitts der Druckerkonfiguration.</translation>
    </message>
</context>
<context>
    <name>MapFit</name>
    <message>
        <source>RMS %1 µm over %2 points (%3 rejected as outliers), largest %4 µm. With random, normally distributed errors about 63 % of the points lie within 1×RMS (%1 µm) and 98 % within 2×RMS (%5 µm); here %6 % and %7 % do.</source>
        <translation>RMS %1 µm über %2 Punkte (%3 als Ausreißer verworfen), größter Fehler %4 µm. Bei zufälligen, normalverteilten Fehlern liegen etwa 63 % der Punkte innerhalb 1×RMS (%1 µm) und 98 % innerhalb 2×RMS (%5 µm); hier sind es %6 % und %7 %.</translation>
    </message>
</context>
<context>
    <name>MapFitter</name>
    <message>
        <source>A point has a non-finite coordinate.</source>
        <translation>Ein Punkt hat eine nicht endliche Koordinate.</translation>
    </message>
    <message>
        <source>The %1 model needs at least %2 points; %3 given.</source>
        <translation>Das Modell %1 braucht mindestens %2 Punkte; %3 angegeben.</translation>
    </message>
    <message>
        <source>The points are degenerate for the %1 model (all on a line, or repeated).</source>
        <translation>Die Punkte sind für das Modell %1 entartet (alle auf einer Linie oder wiederholt).</translation>
    </message>
</context>
<context>
    <name>MoveCalibrationPlanner</name>
    <message>
        <source>The nozzle is too close to the edge of the image; centre it and start again.</source>
        <translation>Die Düse ist zu nah am Bildrand; zentrieren Sie sie und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The free field around the nozzle is too small for a calibration pattern (%1 mm); centre the nozzle and start again.</source>
        <translation>Das freie Feld um die Düse ist für ein Kalibriermuster zu klein (%1 mm); zentrieren Sie die Düse und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The calibration fit failed: %1</source>
        <translation>Die Kalibrieranpassung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Only %1 of %2 calibration points (%3 %) survived (%4 not detected, %5 rejected as outliers); at least %6 % are needed. Check focus and lighting, and that the printer does not skip steps.</source>
        <translation>Nur %1 von %2 Kalibrierpunkten (%3 %) blieben übrig (%4 nicht erkannt, %5 als Ausreißer verworfen); mindestens %6 % werden benötigt. Prüfen Sie Fokus und Beleuchtung und ob der Drucker Schritte verliert.</translation>
    </message>
    <message>
        <source>The calibration is not running.</source>
        <translation>Die Kalibrierung läuft nicht.</translation>
    </message>
    <message>
        <source>No nozzle detected at the start position; centre it over the camera and try again.</source>
        <translation>An der Startposition wurde keine Düse erkannt; zentrieren Sie sie über der Kamera und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The nozzle was lost during the probe move of %1 mm.</source>
        <translation>Die Düse ging bei der Probebewegung um %1 mm verloren.</translation>
    </message>
    <message>
        <source>The nozzle did not move in the image when the printer moved %1 mm; check that the camera sees the tool that moves.</source>
        <translation>Die Düse bewegte sich im Bild nicht, als der Drucker %1 mm fuhr; prüfen Sie, ob die Kamera das bewegte Werkzeug sieht.</translation>
    </message>
    <message>
        <source>Moves in X and Y go the same way in the image; the camera or the axes are not what they seem.</source>
        <translation>Bewegungen in X und Y verlaufen im Bild in dieselbe Richtung; Kamera oder Achsen sind nicht, was sie scheinen.</translation>
    </message>
</context>
<context>
    <name>PixelMap</name>
    <message>
        <source>model: expected one of axis_scale, similarity, affine, quadratic</source>
        <translation>model: erwartet wurde axis_scale, similarity, affine oder quadratic</translation>
    </message>
    <message>
        <source>pixel_origin: expected an array of two numbers</source>
        <translation>pixel_origin: erwartet wurde ein Array aus zwei Zahlen</translation>
    </message>
    <message>
        <source>pixel_scale: expected a positive number</source>
        <translation>pixel_scale: erwartet wurde eine positive Zahl</translation>
    </message>
    <message>
        <source>%1: expected an array of six numbers</source>
        <translation>%1: erwartet wurde ein Array aus sechs Zahlen</translation>
    </message>
    <message>
        <source>%1[%2]: expected a finite number</source>
        <translation>%1[%2]: erwartet wurde eine endliche Zahl</translation>
    </message>
    <message>
        <source>the transform has non-finite values</source>
        <translation>die Transformation hat nicht endliche Werte</translation>
    </message>
</context>
<context>
    <name>PrinterCliSession</name>
    <message>
        <source>Moonraker address, e.g. voron.local or http://10.0.0.5:7125.</source>
        <translation>Moonraker-Adresse, z. B. voron.local oder http://10.0.0.5:7125.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Moonraker API key (sent as X-Api-Key).</source>
        <translation>Moonraker-API-Schlüssel (als X-Api-Key gesendet).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Trade the API key for a oneshot token first.</source>
        <translation>Den API-Schlüssel zuerst gegen ein Einmal-Token tauschen.</translation>
    </message>
    <message>
        <source>Seconds to wait for the printer (default 15).</source>
        <translation>Sekunden, die auf den Drucker gewartet wird (Standard 15).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Log the Moonraker traffic on stderr.</source>
        <translation>Den Moonraker-Verkehr auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>--printer is required</source>
        <translation>--printer ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a printer address</source>
        <translation>&apos;%1&apos; ist keine Druckeradresse</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 3600</source>
        <translation>--timeout braucht eine Sekundenzahl zwischen 0 und 3600</translation>
    </message>
    <message>
        <source>Klipper is not ready (%1): %2</source>
        <translation>Klipper ist nicht bereit (%1): %2</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 s.</translation>
    </message>
</context>
<context>
    <name>PrinterError</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a printer error: Moonraker&apos;s message, then its numeric code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not connected to the printer.</source>
        <translation>Nicht mit dem Drucker verbunden.</translation>
    </message>
    <message>
        <source>The connection to Moonraker was lost.</source>
        <translation>Die Verbindung zu Moonraker wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The connection to Moonraker was lost: %1</source>
        <translation>Die Verbindung zu Moonraker wurde unterbrochen: %1</translation>
    </message>
    <message>
        <source>No reply from Moonraker within %1 s.</source>
        <translation>Keine Antwort von Moonraker innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Unexpected reply from Moonraker: %1</source>
        <translation>Unerwartete Antwort von Moonraker: %1</translation>
    </message>
</context>
<context>
    <name>PrinterState</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Klipper disconnected</source>
        <translation>Klipper getrennt</translation>
    </message>
    <message>
        <source>Klipper starting</source>
        <translation>Klipper startet</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>shutdown</source>
        <translation>abgeschaltet</translation>
    </message>
    <message>
        <source>Klipper error</source>
        <translation>Klipper-Fehler</translation>
    </message>
</context>
<context>
    <name>ProbeCameraCommand</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Connect to a camera for a few seconds and report its stream, frame rate, decode time and latency.</source>
        <translation>Verbindet sich einige Sekunden mit einer Kamera und meldet Stream, Bildrate, Dekodierzeit und Latenz.</translation>
    </message>
    <message>
        <source>Camera URL: an MJPEG stream, a snapshot URL, rtsp://…, a video file.</source>
        <translation>Kamera-URL: ein MJPEG-Stream, eine Einzelbild-URL, rtsp://…, eine Videodatei.</translation>
    </message>
    <message>
        <source>How long to read the camera (default 5).</source>
        <translation>Wie lange die Kamera gelesen wird (Standard 5).</translation>
    </message>
    <message>
        <source>Source type: auto, mjpeg, snapshot, media or local (default auto).</source>
        <translation>Quelltyp: auto, mjpeg, snapshot, media oder local (Standard auto).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>a camera URL is required</source>
        <translation>eine Kamera-URL ist erforderlich</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seconds must be a whole number from 1 to 3600</source>
        <translation>--seconds muss eine ganze Zahl von 1 bis 3600 sein</translation>
    </message>
    <message>
        <source>unknown --type &apos;%1&apos; (use auto, mjpeg, snapshot, media or local)</source>
        <translation>unbekannter --type &apos;%1&apos; (auto, mjpeg, snapshot, media oder local verwenden)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL</source>
        <translation>&apos;%1&apos; ist keine URL</translation>
    </message>
    <message>
        <source>URL:          %1</source>
        <translation>URL:          %1</translation>
    </message>
    <message>
        <source>Source:       %1</source>
        <translation>Quelle:       %1</translation>
    </message>
    <message>
        <source>Stream type:  %1</source>
        <translation>Stream-Typ:   %1</translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation>Inhaltstyp:   %1</translation>
    </message>
    <message>
        <source>Boundary:     %1</source>
        <translation>Boundary:     %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Resolution:   %1×%2</source>
        <translation>Auflösung:    %1×%2</translation>
    </message>
    <message>
        <source>Frames:       %1 in %2 s (%3 fps), %4 dropped</source>
        <translation>Bilder:       %1 in %2 s (%3 fps), %4 verworfen</translation>
    </message>
    <message>
        <source>Decode:       %1 mean, %2 p95</source>
        <translation>Dekodieren:   %1 Mittel, %2 p95</translation>
    </message>
    <message>
        <source>Latency:      %1 median, %2 p95%3</source>
        <translation>Latenz:       %1 Median, %2 p95%3</translation>
    </message>
    <message>
        <source> (from source timestamps)</source>
        <translation> (aus Zeitstempeln der Quelle)</translation>
    </message>
    <message>
        <source>Bytes:        %1 (%2 kbit/s)</source>
        <translation>Bytes:        %1 (%2 kbit/s)</translation>
    </message>
    <message>
        <source>State:        %1, %2 reconnects</source>
        <translation>Zustand:      %1, %2 Neuverbindungen</translation>
    </message>
    <message>
        <source>Errors:       %1</source>
        <translation>Fehler:       %1</translation>
    </message>
    <message>
        <source>reticle-cli probe-camera: no frame received from %1: %2</source>
        <translation>reticle-cli probe-camera: kein Bild von %1 empfangen: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>ReticleOverlay</name>
    <message>
        <source>No reticle</source>
        <translation>Kein Fadenkreuz</translation>
    </message>
    <message>
        <source>Crosshair</source>
        <translation>Fadenkreuz</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>grid %1 %2</source>
        <translation>Raster %1 %2</translation>
    </message>
    <message>
        <source>tick %1 %2</source>
        <translation>Teilung %1 %2</translation>
    </message>
</context>
<context>
    <name>RrfG10Exporter</name>
    <message>
        <source>RepRapFirmware G10 (export)</source>
        <translation>RepRapFirmware G10 (Export)</translation>
    </message>
    <message>
        <source>For a RepRapFirmware machine: the signs are flipped because RRF subtracts tool offsets, and Z is always written because G10 keeps the old value of an omitted axis.</source>
        <translation>Für eine RepRapFirmware-Maschine: Die Vorzeichen sind umgekehrt, weil RRF Werkzeugversätze abzieht, und Z wird immer geschrieben, weil G10 bei einer weggelassenen Achse den alten Wert behält.</translation>
    </message>
</context>
<context>
    <name>ScaleFromLine</name>
    <message>
        <source>Enter the length of the reference in millimetres.</source>
        <translation>Geben Sie die Länge der Referenz in Millimetern ein.</translation>
    </message>
    <message>
        <source>Draw a line of at least %1 px over the reference (this one is %2 px).</source>
        <translation>Zeichnen Sie eine Linie von mindestens %1 px über die Referenz (diese hat %2 px).</translation>
    </message>
</context>
<context>
    <name>ScaleLineOverlay</name>
    <message>
        <source>%1 px (no scale set)</source>
        <translation>%1 px (kein Maßstab gesetzt)</translation>
    </message>
    <message>
        <source>%1 px = %2 mm</source>
        <translation>%1 px = %2 mm</translation>
    </message>
</context>
<context>
    <name>SettledDetection</name>
    <message>
        <source>The image did not settle within %1 frames.</source>
        <translation>Das Bild hat sich innerhalb von %1 Bildern nicht beruhigt.</translation>
    </message>
</context>
<context>
    <name>SignalStateOverlay</name>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Stalled: no new frame</source>
        <translation>Stockt: kein neues Bild</translation>
    </message>
    <message>
        <source>No signal: reconnecting in %1 s</source>
        <translation>Kein Signal: neue Verbindung in %1 s</translation>
    </message>
    <message>
        <source>No signal: reconnecting</source>
        <translation>Kein Signal: verbinde neu</translation>
    </message>
    <message>
        <source>No signal: the camera failed</source>
        <translation>Kein Signal: die Kamera ist ausgefallen</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the printer&apos;s state, position, homed axes, tools and offsets.</source>
        <translation>Zustand, Position, referenzierte Achsen, Werkzeuge und Versätze des Druckers anzeigen.</translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation>Den Status als JSON ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Printer:     %1</source>
        <translation>Drucker:     %1</translation>
    </message>
    <message>
        <source>Klipper:     %1</source>
        <translation>Klipper:     %1</translation>
    </message>
    <message>
        <source>Message:     %1</source>
        <translation>Meldung:     %1</translation>
    </message>
    <message>
        <source>Position:    %1</source>
        <translation>Position:    %1</translation>
    </message>
    <message>
        <source>Homed axes:  %1</source>
        <translation>Referenziert: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Axis limits: %1 to %2</source>
        <translation>Achsgrenzen: %1 bis %2</translation>
    </message>
    <message>
        <source>Busy:        %1</source>
        <translation>Beschäftigt: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Tools:       none reported</source>
        <translation>Werkzeuge:   keine gemeldet</translation>
    </message>
    <message>
        <source>Tools (offsets X Y Z in mm):</source>
        <translation>Werkzeuge (Versätze X Y Z in mm):</translation>
    </message>
</context>
<context>
    <name>StreamHealth</name>
    <message>
        <source>%1 fps</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source> · %1 ms latency</source>
        <translation> · %1 ms Latenz</translation>
    </message>
    <message>
        <source> · %1 Mbit/s</source>
        <translation> · %1 Mbit/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>StreamStateMachine</name>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>sendet</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>stockt</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>No frame within %1 s of connecting.</source>
        <translation>Kein Bild innerhalb von %1 s nach dem Verbinden.</translation>
    </message>
    <message>
        <source>No frame for %1 s.</source>
        <translation>Seit %1 s kein Bild.</translation>
    </message>
</context>
<context>
    <name>ToolchangerHardWriter</name>
    <message>
        <source>klipper-toolchanger-hard (SET_TOOL_OFFSET)</source>
        <translation>klipper-toolchanger-hard (SET_TOOL_OFFSET)</translation>
    </message>
</context>
<context>
    <name>ToolsConfigStore</name>
    <message>
        <source>an array of tools</source>
        <translation>ein Array von Werkzeugen</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1: not saved because it was not loaded.</source>
        <translation>%1: nicht gespeichert, weil sie nicht geladen wurde.</translation>
    </message>
</context>
<context>
    <name>WizardReadiness</name>
    <message>
        <source>Frames from this camera carry no capture time and arrive a few frames after they were taken, so a measurement may use a picture from before a move ended.</source>
        <translation>Bilder dieser Kamera tragen keine Aufnahmezeit und kommen einige Bilder nach ihrer Aufnahme an; eine Messung kann daher ein Bild von vor dem Ende einer Bewegung verwenden.</translation>
    </message>
    <message>
        <source>For calibration, use the camera&apos;s MJPEG stream (crowsnest, ustreamer and camera-streamer serve one). Start anyway?</source>
        <translation>Verwenden Sie zum Kalibrieren den MJPEG-Stream der Kamera (crowsnest, ustreamer und camera-streamer stellen einen bereit). Trotzdem starten?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Simulated nozzle camera</source>
        <translation>Simulierte Düsenkamera</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>reticle-sim</name>
    <message>
        <source>Simulated Moonraker printer and camera servers for Reticle&apos;s demo and tests.</source>
        <translation>Simulierte Moonraker-Drucker- und Kameraserver für die Demo und die Tests von Reticle.</translation>
    </message>
    <message>
        <source>reticle-sim: cannot listen on %1:%2: %3
</source>
        <translation>reticle-sim: kann nicht auf %1:%2 lauschen: %3
</translation>
    </message>
    <message>
        <source>Moonraker websocket: %1</source>
        <translation>Moonraker-Websocket: %1</translation>
    </message>
    <message>
        <source>Moonraker HTTP: %1</source>
        <translation>Moonraker-HTTP: %1</translation>
    </message>
    <message>
        <source>Camera stream: %1</source>
        <translation>Kamerastream: %1</translation>
    </message>
    <message>
        <source>Camera snapshot: %1</source>
        <translation>Kamera-Einzelbild: %1</translation>
    </message>
    <message>
        <source>API key required: %1</source>
        <translation>API-Schlüssel erforderlich: %1</translation>
    </message>
</context>
<context>
    <name>reticle::AboutDialog</name>
    <message>
        <source>About Reticle</source>
        <translation>Über Reticle</translation>
    </message>
    <message>
        <source>Camera calibration workstation for multi-tool 3D printers: tool offsets, camera calibration and visual quality control through Moonraker.</source>
        <translation>Kamera-Kalibrierstation für Mehrwerkzeug-3D-Drucker: Werkzeugversätze, Kamerakalibrierung und visuelle Qualitätskontrolle über Moonraker.</translation>
    </message>
    <message>
        <source>Built with Qt %1, OpenCV %2 and libmosquitto %3.</source>
        <translation>Erstellt mit Qt %1, OpenCV %2 und libmosquitto %3.</translation>
    </message>
</context>
<context>
    <name>reticle::AccuracyCheckWorkflow</name>
    <message>
        <source>Accuracy check</source>
        <translation>Genauigkeitsprüfung</translation>
    </message>
    <message>
        <source>Fit the reference points first.</source>
        <translation>Passen Sie zuerst die Referenzpunkte an.</translation>
    </message>
    <message>
        <source>The map cannot be inverted.</source>
        <translation>Die Abbildung lässt sich nicht umkehren.</translation>
    </message>
    <message>
        <source>No point of the accuracy check has a position.</source>
        <translation>Kein Punkt der Genauigkeitsprüfung hat eine Position.</translation>
    </message>
</context>
<context>
    <name>reticle::CalibrationRun</name>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No tools to measure.</source>
        <translation>Keine Werkzeuge zu messen.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>The printer at %1 did not become ready within %2 s.</source>
        <translation>Der Drucker unter %1 wurde nicht innerhalb von %2 s bereit.</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Drucker bereit</translation>
    </message>
    <message>
        <source>Opening the camera %1</source>
        <translation>Öffne die Kamera %1</translation>
    </message>
    <message>
        <source>Cannot open the camera %1.</source>
        <translation>Die Kamera %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Camera streaming, %1×%2</source>
        <translation>Kamera sendet, %1×%2</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>Die Kamera ist ausgefallen: %1</translation>
    </message>
    <message>
        <source>No frames from the camera within 15 s.</source>
        <translation>Innerhalb von 15 s keine Bilder von der Kamera.</translation>
    </message>
    <message>
        <source>Homing (G28)</source>
        <translation>Referenzfahrt (G28)</translation>
    </message>
    <message>
        <source>The printer did not report all axes homed after G28.</source>
        <translation>Der Drucker meldete nach G28 nicht alle Achsen als referenziert.</translation>
    </message>
    <message>
        <source>Moving T%1 over the camera</source>
        <translation>T%1 fährt über die Kamera</translation>
    </message>
    <message>
        <source>Reusing the saved camera calibration (%1, RMS %2 µm)</source>
        <translation>Gespeicherte Kamerakalibrierung wird wiederverwendet (%1, RMS %2 µm)</translation>
    </message>
    <message>
        <source>Not using the saved calibration: %1</source>
        <translation>Gespeicherte Kalibrierung wird nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Not using the saved calibration: it was made at %1×%2, the camera now sends %3×%4.</source>
        <translation>Gespeicherte Kalibrierung wird nicht verwendet: Sie wurde bei %1×%2 erstellt, die Kamera sendet jetzt %3×%4.</translation>
    </message>
    <message>
        <source>Calibrating the camera by moves</source>
        <translation>Kamera wird durch Bewegungen kalibriert</translation>
    </message>
    <message>
        <source>The printer or the camera went away during the camera calibration.</source>
        <translation>Drucker oder Kamera gingen während der Kamerakalibrierung verloren.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>T%1: the nozzle was not detected; run the wizard in the window to click it by hand.</source>
        <translation>T%1: Die Düse wurde nicht erkannt; führen Sie den Assistenten im Fenster aus, um sie von Hand anzuklicken.</translation>
    </message>
    <message>
        <source>T%1: offset X %2 Y %3 mm (std %4 / %5 µm, %6 moves)</source>
        <translation>T%1: Versatz X %2 Y %3 mm (Std.-Abw. %4 / %5 µm, %6 Bewegungen)</translation>
    </message>
    <message>
        <source>%1 only exports text; it cannot apply offsets to this printer.</source>
        <translation>%1 exportiert nur Text; es kann keine Versätze auf diesen Drucker anwenden.</translation>
    </message>
    <message>
        <source>SAVE_CONFIG was not sent (it restarts Klipper); send it to make the offsets permanent.</source>
        <translation>SAVE_CONFIG wurde nicht gesendet (es startet Klipper neu); senden Sie es, um die Versätze dauerhaft zu speichern.</translation>
    </message>
    <message>
        <source>Applying with %1</source>
        <translation>Übernehmen mit %1</translation>
    </message>
    <message>
        <source>Saved the camera calibration to %1</source>
        <translation>Kamerakalibrierung in %1 gespeichert</translation>
    </message>
    <message>
        <source>Saved the offsets to %1</source>
        <translation>Versätze in %1 gespeichert</translation>
    </message>
    <message>
        <source>Moving over the mark positions</source>
        <translation>Fahre über die Markenpositionen</translation>
    </message>
    <message>
        <source>Not using the saved calibration: it is not the camera tool&apos;s.</source>
        <translation>Gespeicherte Kalibrierung nicht verwendet: Sie gehört nicht zum Kamera-Werkzeug.</translation>
    </message>
    <message>
        <source>Not using the saved calibration: it is the camera tool&apos;s.</source>
        <translation>Gespeicherte Kalibrierung nicht verwendet: Sie gehört zum Kamera-Werkzeug.</translation>
    </message>
    <message>
        <source>The printer has no tool called %1 (the camera tool).</source>
        <translation>Der Drucker hat kein Werkzeug namens %1 (das Kamera-Werkzeug).</translation>
    </message>
    <message>
        <source>camera-tool mode extrudes filament; confirm it with --yes.</source>
        <translation>Der Kamera-Werkzeug-Modus extrudiert Filament; mit --yes bestätigen.</translation>
    </message>
    <message>
        <source>the mark of T%1 was not detected (%2); run the wizard in the window to click it by hand.</source>
        <translation>die Marke von T%1 wurde nicht erkannt (%2); den Assistenten im Fenster ausführen, um sie von Hand anzuklicken.</translation>
    </message>
    <message>
        <source>T%1: offset X %2 Y %3 mm (%4 moves)</source>
        <translation>T%1: Versatz X %2 Y %3 mm (%4 Fahrten)</translation>
    </message>
</context>
<context>
    <name>reticle::CameraCalibrationPanel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>clicked</source>
        <translation>geklickt</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Re&amp;try step</source>
        <translation>Sch&amp;ritt wiederholen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>1. Home and prepare</source>
        <translation>1. Referenzfahrt und Vorbereitung</translation>
    </message>
    <message>
        <source>2. Pixel scale</source>
        <translation>2. Pixelmaßstab</translation>
    </message>
    <message>
        <source>3. Reference points</source>
        <translation>3. Referenzpunkte</translation>
    </message>
    <message>
        <source>4. Accuracy check</source>
        <translation>4. Genauigkeitsprüfung</translation>
    </message>
    <message>
        <source>Go on to the next step (Ctrl+Return)</source>
        <translation>Zum nächsten Schritt (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop, return to the start position and save nothing (Esc)</source>
        <translation>Anhalten, zur Startposition zurückkehren und nichts speichern (Esc)</translation>
    </message>
    <message>
        <source>Run this step again</source>
        <translation>Diesen Schritt erneut ausführen</translation>
    </message>
    <message>
        <source>Nozzle camera (fixed, looking up)</source>
        <translation>Düsenkamera (fest, nach oben blickend)</translation>
    </message>
    <message>
        <source>Camera tool (C0, looking down)</source>
        <translation>Kamerawerkzeug (C0, nach unten blickend)</translation>
    </message>
    <message>
        <source>&amp;Use current position</source>
        <translation>Aktuelle Position &amp;übernehmen</translation>
    </message>
    <message>
        <source>Take the printer&apos;s position after you jogged the nozzle over the camera</source>
        <translation>Die Druckerposition übernehmen, nachdem Sie die Düse über die Kamera gefahren haben</translation>
    </message>
    <message>
        <source>Variance of the Laplacian over the central half of the frame; below this the wizard warns that the nozzle looks out of focus</source>
        <translation>Varianz des Laplace-Operators über die mittlere Hälfte des Bildes; darunter warnt der Assistent, dass die Düse unscharf aussieht</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>not looked for</source>
        <translation>nicht gesucht</translation>
    </message>
    <message>
        <source>Ca&amp;mera:</source>
        <translation>Ka&amp;mera:</translation>
    </message>
    <message>
        <source>Set-&amp;up:</source>
        <translation>Auf&amp;bau:</translation>
    </message>
    <message>
        <source>Camera &amp;position X, Y, Z:</source>
        <translation>Kamera&amp;position X, Y, Z:</translation>
    </message>
    <message>
        <source>Warn below s&amp;harpness:</source>
        <translation>Warnen unter Sc&amp;härfe:</translation>
    </message>
    <message>
        <source>Sharpness:</source>
        <translation>Schärfe:</translation>
    </message>
    <message>
        <source>Nozzle:</source>
        <translation>Düse:</translation>
    </message>
    <message>
        <source>Draw a scale &amp;line over a reference of known length</source>
        <translation>Eine Maßstabs&amp;linie über eine Referenz bekannter Länge zeichnen</translation>
    </message>
    <message>
        <source>Calibrate &amp;by moves (the nozzle is moved and detected)</source>
        <translation>&amp;Durch Bewegungen kalibrieren (die Düse wird bewegt und erkannt)</translation>
    </message>
    <message>
        <source>Scale line &amp;tool</source>
        <translation>Maßstabslinien-Wer&amp;kzeug</translation>
    </message>
    <message>
        <source>Drag a line in the camera view along the reference</source>
        <translation>Ziehen Sie in der Kameraansicht eine Linie entlang der Referenz</translation>
    </message>
    <message>
        <source>No line drawn</source>
        <translation>Keine Linie gezeichnet</translation>
    </message>
    <message>
        <source>Both axes</source>
        <translation>Beide Achsen</translation>
    </message>
    <message>
        <source>Image X only</source>
        <translation>Nur Bild-X</translation>
    </message>
    <message>
        <source>Image Y only</source>
        <translation>Nur Bild-Y</translation>
    </message>
    <message>
        <source>&amp;Apply line</source>
        <translation>Linie anwe&amp;nden</translation>
    </message>
    <message>
        <source>Reference &amp;length:</source>
        <translation>Referenzlän&amp;ge:</translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation>G&amp;ilt für:</translation>
    </message>
    <message>
        <source>Every point is approached from −X/−Y by this distance, so backlash cancels</source>
        <translation>Jeder Punkt wird aus −X/−Y um diese Strecke angefahren, damit sich das Spiel aufhebt</translation>
    </message>
    <message>
        <source>&amp;Run calibration by moves</source>
        <translation>Kalibrierung durch Bewegungen a&amp;usführen</translation>
    </message>
    <message>
        <source>Approach distance:</source>
        <translation>Anfahrstrecke:</translation>
    </message>
    <message>
        <source>Two probe moves, then 12 points on a circle sized from the field of view; affine fit with outlier rejection.</source>
        <translation>Zwei Probebewegungen, dann 12 Punkte auf einem Kreis, dessen Größe sich aus dem Bildfeld ergibt; affine Anpassung mit Ausreißerverwerfung.</translation>
    </message>
    <message>
        <source>Similarity (scale, rotation, mirror)</source>
        <translation>Ähnlichkeit (Maßstab, Drehung, Spiegelung)</translation>
    </message>
    <message>
        <source>Affine (per-axis scale, shear)</source>
        <translation>Affin (Maßstab je Achse, Scherung)</translation>
    </message>
    <message>
        <source>Quadratic (lens distortion, tilt)</source>
        <translation>Quadratisch (Linsenverzeichnung, Neigung)</translation>
    </message>
    <message>
        <source> × n</source>
        <translation> × n</translation>
    </message>
    <message>
        <source>Positions per row and column across the field of view</source>
        <translation>Positionen je Zeile und Spalte über das Bildfeld</translation>
    </message>
    <message>
        <source>S&amp;kip point</source>
        <translation>Punkt &amp;überspringen</translation>
    </message>
    <message>
        <source>When the nozzle is not detected: click it in the camera view, or skip this point</source>
        <translation>Wenn die Düse nicht erkannt wird: klicken Sie sie in der Kameraansicht an oder überspringen Sie diesen Punkt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Pixel x</source>
        <translation>Pixel x</translation>
    </message>
    <message>
        <source>Pixel y</source>
        <translation>Pixel y</translation>
    </message>
    <message>
        <source>Printer X</source>
        <translation>Drucker X</translation>
    </message>
    <message>
        <source>Printer Y</source>
        <translation>Drucker Y</translation>
    </message>
    <message>
        <source>Residual (µm)</source>
        <translation>Residuum (µm)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>Rast&amp;er:</translation>
    </message>
    <message>
        <source>Random positions inside the field of view</source>
        <translation>Zufällige Positionen innerhalb des Bildfelds</translation>
    </message>
    <message>
        <source>Error (µm)</source>
        <translation>Fehler (µm)</translation>
    </message>
    <message>
        <source>Sa&amp;ve calibration</source>
        <translation>Kalibrierung speic&amp;hern</translation>
    </message>
    <message>
        <source>Write the map to calibration.json (the previous file is kept as a backup)</source>
        <translation>Die Abbildung in calibration.json schreiben (die vorige Datei bleibt als Sicherung erhalten)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Return to the start position and save nothing</source>
        <translation>Zur Startposition zurückkehren und nichts speichern</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Punkte:</translation>
    </message>
    <message>
        <source>%1 px (Δx %2, Δy %3)</source>
        <translation>%1 px (Δx %2, Δy %3)</translation>
    </message>
    <message>
        <source>Step %1 of 4</source>
        <translation>Schritt %1 von 4</translation>
    </message>
    <message>
        <source>Connect to the printer and open the nozzle camera, then press Start.</source>
        <translation>Verbinden Sie sich mit dem Drucker und öffnen Sie die Düsenkamera, dann drücken Sie Starten.</translation>
    </message>
    <message>
        <source>Fix the cause, then press Retry step (or Cancel).</source>
        <translation>Beheben Sie die Ursache und drücken Sie dann Schritt wiederholen (oder Abbrechen).</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>%1 — pass</source>
        <translation>%1 — in Ordnung</translation>
    </message>
    <message>
        <source>%1 — warning: below %2, the nozzle may be out of focus (check Z or the camera focus)</source>
        <translation>%1 — Warnung: unter %2, die Düse ist womöglich unscharf (Z oder den Kamerafokus prüfen)</translation>
    </message>
    <message>
        <source>found at %1, %2 px</source>
        <translation>gefunden bei %1, %2 px</translation>
    </message>
    <message>
        <source>not detected (%1): jog it over the camera, or go on and click it when asked</source>
        <translation>nicht erkannt (%1): fahren Sie sie über die Kamera, oder machen Sie weiter und klicken Sie sie an, wenn Sie gefragt werden</translation>
    </message>
    <message>
        <source>Scale: %1 µm/px along image X, %2 µm/px along image Y (%3)</source>
        <translation>Maßstab: %1 µm/px entlang Bild-X, %2 µm/px entlang Bild-Y (%3)</translation>
    </message>
    <message>
        <source>drawn line</source>
        <translation>gezeichnete Linie</translation>
    </message>
    <message>
        <source>by moves</source>
        <translation>durch Bewegungen</translation>
    </message>
    <message>
        <source>Scale: not set</source>
        <translation>Maßstab: nicht gesetzt</translation>
    </message>
    <message>
        <source>Calibration by moves</source>
        <translation>Kalibrierung durch Bewegungen</translation>
    </message>
    <message>
        <source>Calibration by moves: %1 moves so far</source>
        <translation>Kalibrierung durch Bewegungen: bisher %1 Bewegungen</translation>
    </message>
    <message>
        <source>Reference points: residuals appear after the fit</source>
        <translation>Referenzpunkte: Residuen erscheinen nach der Anpassung</translation>
    </message>
    <message>
        <source>%1 (rejected)</source>
        <translation>%1 (verworfen)</translation>
    </message>
    <message>
        <source>Reference points (%1)</source>
        <translation>Referenzpunkte (%1)</translation>
    </message>
    <message>
        <source>Reference points: %1 of %2 measured</source>
        <translation>Referenzpunkte: %1 von %2 gemessen</translation>
    </message>
    <message>
        <source>Accuracy check: errors appear as points are measured</source>
        <translation>Genauigkeitsprüfung: Fehler erscheinen, sobald Punkte gemessen sind</translation>
    </message>
    <message>
        <source>Accuracy check</source>
        <translation>Genauigkeitsprüfung</translation>
    </message>
    <message>
        <source>Predicted by the map vs detected over %1 random points: RMS %2 µm, max %3 µm. Save it to calibration.json, or discard it.</source>
        <translation>Von der Abbildung vorhergesagt gegenüber erkannt über %1 zufällige Punkte: RMS %2 µm, max. %3 µm. Speichern Sie sie in calibration.json oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Accuracy check: %1 of %2 measured</source>
        <translation>Genauigkeitsprüfung: %1 von %2 gemessen</translation>
    </message>
</context>
<context>
    <name>reticle::CameraCalibrationUi</name>
    <message>
        <source>Camera calibration</source>
        <translation>Kamerakalibrierung</translation>
    </message>
    <message>
        <source>&amp;Camera calibration…</source>
        <translation>&amp;Kamerakalibrierung…</translation>
    </message>
    <message>
        <source>Home, set the pixel scale, fit the pixel-to-printer map and check its accuracy</source>
        <translation>Referenzfahrt, Pixelmaßstab setzen, die Pixel-Drucker-Abbildung anpassen und ihre Genauigkeit prüfen</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrieren</translation>
    </message>
    <message>
        <source>The printer has not reported a position yet.</source>
        <translation>Der Drucker hat noch keine Position gemeldet.</translation>
    </message>
    <message>
        <source>Open the camera that looks at the nozzle first (Camera menu).</source>
        <translation>Öffnen Sie zuerst die Kamera, die auf die Düse blickt (Menü Kamera).</translation>
    </message>
    <message>
        <source>The printer is not homed. Home all axes now (G28)?

Make sure nothing is in the way of the toolhead.</source>
        <translation>Der Drucker hat keine Referenzfahrt gemacht. Jetzt alle Achsen referenzieren (G28)?

Stellen Sie sicher, dass dem Druckkopf nichts im Weg ist.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Camera calibration saved to %1</source>
        <translation>Kamerakalibrierung gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>reticle::CameraCalibrationWizard</name>
    <message>
        <source>Could not return to the start position: %1</source>
        <translation>Rückkehr zur Startposition nicht möglich: %1</translation>
    </message>
    <message>
        <source>Stopped on the way back to the start position: %1</source>
        <translation>Auf dem Rückweg zur Startposition angehalten: %1</translation>
    </message>
    <message>
        <source>Press Start to home (if needed) and move to the camera.</source>
        <translation>Drücken Sie Starten, um (falls nötig) zu referenzieren und zur Kamera zu fahren.</translation>
    </message>
    <message>
        <source>Returning to the start position</source>
        <translation>Rückkehr zur Startposition</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved. %1</source>
        <translation>Abgebrochen; nichts wurde gespeichert. %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>At the camera position. Check the sharpness and the nozzle below, then press Next.</source>
        <translation>An der Kameraposition. Prüfen Sie unten Schärfe und Düse, dann drücken Sie Weiter.</translation>
    </message>
    <message>
        <source>Pixel scale: moving (%1 moves)</source>
        <translation>Pixelmaßstab: Bewegung (%1 Bewegungen)</translation>
    </message>
    <message>
        <source>Pixel scale: detecting the nozzle</source>
        <translation>Pixelmaßstab: Düse wird erkannt</translation>
    </message>
    <message>
        <source>Pixel scale: returning to the camera position</source>
        <translation>Pixelmaßstab: Rückkehr zur Kameraposition</translation>
    </message>
    <message>
        <source>Paused: the printer or camera was lost</source>
        <translation>Pausiert: Drucker oder Kamera wurde getrennt</translation>
    </message>
    <message>
        <source>Calibration by moves failed: %1</source>
        <translation>Kalibrierung durch Bewegungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pixel scale %1 × %2 µm/px (%3). Next: reference points.</source>
        <translation>Pixelmaßstab %1 × %2 µm/px (%3). Als Nächstes: Referenzpunkte.</translation>
    </message>
    <message>
        <source>drawn line</source>
        <translation>gezeichnete Linie</translation>
    </message>
    <message>
        <source>by moves</source>
        <translation>durch Bewegungen</translation>
    </message>
    <message>
        <source>Draw a line over a reference of known length and enter its length, or calibrate by moves.</source>
        <translation>Zeichnen Sie eine Linie über eine Referenz bekannter Länge und geben Sie deren Länge ein, oder kalibrieren Sie durch Bewegungen.</translation>
    </message>
    <message>
        <source>Map fitted (%1): RMS %2 µm, max %3 µm over %4 points. Next: accuracy check.</source>
        <translation>Abbildung angepasst (%1): RMS %2 µm, max. %3 µm über %4 Punkte. Als Nächstes: Genauigkeitsprüfung.</translation>
    </message>
    <message>
        <source>Accuracy: RMS %1 µm, max %2 µm over %3 points. Save or discard.</source>
        <translation>Genauigkeit: RMS %1 µm, max. %2 µm über %3 Punkte. Speichern oder verwerfen.</translation>
    </message>
    <message>
        <source>The pixel scale can be set in the pixel scale step only.</source>
        <translation>Der Pixelmaßstab kann nur im Schritt Pixelmaßstab gesetzt werden.</translation>
    </message>
    <message>
        <source>Finish the accuracy check before saving.</source>
        <translation>Schließen Sie vor dem Speichern die Genauigkeitsprüfung ab.</translation>
    </message>
</context>
<context>
    <name>reticle::CameraCalibrationWorkflow</name>
    <message>
        <source>The printer is not ready: it must be connected, ready and homed.</source>
        <translation>Der Drucker ist nicht bereit: Er muss verbunden, betriebsbereit und referenziert sein.</translation>
    </message>
    <message>
        <source>No camera image.</source>
        <translation>Kein Kamerabild.</translation>
    </message>
</context>
<context>
    <name>reticle::CameraNozzleProbe</name>
    <message>
        <source>No new camera frame within %1 s.</source>
        <translation>Kein neues Kamerabild innerhalb von %1 s.</translation>
    </message>
</context>
<context>
    <name>reticle::CameraPickerDialog</name>
    <message>
        <source>Choose camera</source>
        <translation>Kamera wählen</translation>
    </message>
    <message>
        <source>Mirror left/right</source>
        <translation>Links/rechts spiegeln</translation>
    </message>
    <message>
        <source>Mirror top/bottom</source>
        <translation>Oben/unten spiegeln</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Drehung:</translation>
    </message>
    <message>
        <source>Snapshot rate:</source>
        <translation>Einzelbildrate:</translation>
    </message>
    <message>
        <source>Cameras marked “printer” come from Moonraker&apos;s webcam list. Host-relative URLs are resolved against the printer&apos;s address.</source>
        <translation>Mit „Drucker“ markierte Kameras stammen aus der Webcam-Liste von Moonraker. Relative URLs werden gegen die Adresse des Druckers aufgelöst.</translation>
    </message>
    <message>
        <source>New camera</source>
        <translation>Neue Kamera</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Use this camera</source>
        <translation>Diese Kamera verwenden</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (printer)</source>
        <translation>%1 (Drucker)</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
</context>
<context>
    <name>reticle::CameraPrepareWorkflow</name>
    <message>
        <source>Homing failed: %1</source>
        <translation>Referenzfahrt fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Bereit zum Start</translation>
    </message>
    <message>
        <source>The printer is not homed: confirm homing (G28)</source>
        <translation>Der Drucker ist nicht referenziert: Referenzfahrt bestätigen (G28)</translation>
    </message>
    <message>
        <source>Homing</source>
        <translation>Referenzfahrt</translation>
    </message>
    <message>
        <source>Moving to the camera position</source>
        <translation>Fahrt zur Kameraposition</translation>
    </message>
    <message>
        <source>Measuring the sharpness of the live frame</source>
        <translation>Schärfe des Live-Bildes wird gemessen</translation>
    </message>
    <message>
        <source>Looking for the nozzle</source>
        <translation>Düse wird gesucht</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>Returning to the start position</source>
        <translation>Rückkehr zur Startposition</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not connected to the printer. Connect first (Machine &gt; Connect…).</source>
        <translation>Nicht mit dem Drucker verbunden. Verbinden Sie sich zuerst (Maschine &gt; Verbinden…).</translation>
    </message>
    <message>
        <source>Klipper is not ready (state: %1).</source>
        <translation>Klipper ist nicht bereit (Zustand: %1).</translation>
    </message>
    <message>
        <source>Klipper is not ready (state: %1): %2</source>
        <translation>Klipper ist nicht bereit (Zustand: %1): %2</translation>
    </message>
    <message>
        <source>A print is running; calibrate when the printer is idle.</source>
        <translation>Ein Druck läuft; kalibrieren Sie, wenn der Drucker untätig ist.</translation>
    </message>
    <message>
        <source>No camera image. Open the camera that looks at the nozzle first.</source>
        <translation>Kein Kamerabild. Öffnen Sie zuerst die Kamera, die auf die Düse blickt.</translation>
    </message>
    <message>
        <source>Homing declined.</source>
        <translation>Referenzfahrt abgelehnt.</translation>
    </message>
    <message>
        <source>The printer is not ready: it must be connected, ready and homed.</source>
        <translation>Der Drucker ist nicht bereit: er muss verbunden, bereit und referenziert sein.</translation>
    </message>
</context>
<context>
    <name>reticle::CameraToolOffsetWorkflow</name>
    <message>
        <source>Ready to start</source>
        <translation>Bereit zum Start</translation>
    </message>
    <message>
        <source>Confirm the deposit: %1</source>
        <translation>Ablegen bestätigen: %1</translation>
    </message>
    <message>
        <source>Selecting %1</source>
        <translation>Wähle %1</translation>
    </message>
    <message>
        <source>Selecting the camera tool %1</source>
        <translation>Wähle das Kamera-Werkzeug %1</translation>
    </message>
    <message>
        <source>Moving %1 to its mark position</source>
        <translation>Fahre %1 zu seiner Markenposition</translation>
    </message>
    <message>
        <source>Moving the camera over the mark of %1</source>
        <translation>Fahre die Kamera über die Marke von %1</translation>
    </message>
    <message>
        <source>%1 is depositing its mark</source>
        <translation>%1 legt seine Marke ab</translation>
    </message>
    <message>
        <source>Calibrating the camera on the mark of %1</source>
        <translation>Kalibriere die Kamera an der Marke von %1</translation>
    </message>
    <message>
        <source>Detecting the mark of %1</source>
        <translation>Erkenne die Marke von %1</translation>
    </message>
    <message>
        <source>Click the mark of %1 in the camera view</source>
        <translation>Die Marke von %1 im Kamerabild anklicken</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Restoring the starting tool and position</source>
        <translation>Stelle Startwerkzeug und -position wieder her</translation>
    </message>
    <message>
        <source>Review the measured offsets</source>
        <translation>Gemessene Versätze prüfen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 at X %2 Y %3</source>
        <translation>%1 bei X %2 Y %3</translation>
    </message>
    <message>
        <source>each tool is lowered to Z %1 mm and extrudes %2 mm of filament: %3. The tools must be hot and the bed clear there.</source>
        <translation>Jedes Werkzeug wird auf Z %1 mm abgesenkt und extrudiert %2 mm Filament: %3. Die Werkzeuge müssen heiß und das Bett dort frei sein.</translation>
    </message>
    <message>
        <source>No tools to measure.</source>
        <translation>Keine Werkzeuge zu messen.</translation>
    </message>
    <message>
        <source>No camera tool: choose the tool that carries the camera.</source>
        <translation>Kein Kamera-Werkzeug: das Werkzeug wählen, das die Kamera trägt.</translation>
    </message>
    <message>
        <source>The reference %1 deposits no mark: choose the camera tool or one of the measured tools.</source>
        <translation>Die Referenz %1 legt keine Marke ab: das Kamera-Werkzeug oder eines der gemessenen Werkzeuge wählen.</translation>
    </message>
    <message>
        <source>The deposit height must be below the travel height and the extrusion amount above zero.</source>
        <translation>Die Ablagehöhe muss unter der Fahrhöhe und die Extrusionsmenge über null liegen.</translation>
    </message>
    <message>
        <source>The printer is not ready: it must be connected, ready and homed.</source>
        <translation>Der Drucker ist nicht bereit: Er muss verbunden, bereit und referenziert sein.</translation>
    </message>
    <message>
        <source>No camera image.</source>
        <translation>Kein Kamerabild.</translation>
    </message>
    <message>
        <source>%1 deposits its mark</source>
        <translation>%1 legt seine Marke ab</translation>
    </message>
    <message>
        <source>Camera calibration on the first mark: %1</source>
        <translation>Kamerakalibrierung an der ersten Marke: %1</translation>
    </message>
    <message>
        <source>Measuring the mark of %1</source>
        <translation>Messe die Marke von %1</translation>
    </message>
    <message>
        <source>%1 (and putting back the tool and position failed: %2)</source>
        <translation>%1 (und das Zurückstellen von Werkzeug und Position schlug fehl: %2)</translation>
    </message>
    <message>
        <source>Mark of %1: %2</source>
        <translation>Marke von %1: %2</translation>
    </message>
    <message>
        <source>the printer is disconnected, so the tool and position were not restored</source>
        <translation>der Drucker ist getrennt, daher wurden Werkzeug und Position nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>reticle::CameraToolUi</name>
    <message>
        <source>Camera tool</source>
        <translation>Kamera-Werkzeug</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrieren</translation>
    </message>
    <message>
        <source>Tool offsets (&amp;camera tool)…</source>
        <translation>Werkzeugversätze (&amp;Kamera-Werkzeug)…</translation>
    </message>
    <message>
        <source>Every tool deposits a mark on the bed and the camera tool measures it</source>
        <translation>Jedes Werkzeug legt eine Marke auf das Bett und das Kamera-Werkzeug misst sie</translation>
    </message>
    <message>
        <source>Connect to the printer and home it first.</source>
        <translation>Zuerst mit dem Drucker verbinden und ihn referenzieren.</translation>
    </message>
    <message>
        <source>The printer has no tool called %1 (the camera tool).</source>
        <translation>Der Drucker hat kein Werkzeug namens %1 (das Kamera-Werkzeug).</translation>
    </message>
    <message>
        <source>Open the camera tool&apos;s camera first.</source>
        <translation>Zuerst die Kamera des Kamera-Werkzeugs öffnen.</translation>
    </message>
    <message>
        <source>Using the camera tool&apos;s saved calibration (RMS %1 µm)</source>
        <translation>Verwende die gespeicherte Kalibrierung des Kamera-Werkzeugs (RMS %1 µm)</translation>
    </message>
    <message>
        <source>Camera calibration</source>
        <translation>Kamerakalibrierung</translation>
    </message>
    <message>
        <source>Apply offsets</source>
        <translation>Versätze übernehmen</translation>
    </message>
    <message>
        <source>Send these commands (%1)?</source>
        <translation>Diese Befehle senden (%1)?</translation>
    </message>
    <message>
        <source>Save offsets</source>
        <translation>Versätze speichern</translation>
    </message>
    <message>
        <source>Offsets saved to %1</source>
        <translation>Versätze gespeichert in %1</translation>
    </message>
    <message>
        <source>The offsets are active now. Send SAVE_CONFIG to keep them? Klipper restarts.</source>
        <translation>Die Versätze sind jetzt aktiv. SAVE_CONFIG senden, um sie zu behalten? Klipper startet neu.</translation>
    </message>
</context>
<context>
    <name>reticle::CameraToolWizardPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Deposit marks</source>
        <translation>Marken &amp;ablegen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Apply offsets…</source>
        <translation>Versätze &amp;übernehmen…</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> mm/min</source>
        <translation> mm/min</translation>
    </message>
    <message>
        <source>First mark X, Y:</source>
        <translation>Erste Marke X, Y:</translation>
    </message>
    <message>
        <source>Next mark in +X every:</source>
        <translation>Nächste Marke in +X alle:</translation>
    </message>
    <message>
        <source>Deposit height:</source>
        <translation>Ablagehöhe:</translation>
    </message>
    <message>
        <source>Filament per mark:</source>
        <translation>Filament pro Marke:</translation>
    </message>
    <message>
        <source>Extrusion feed:</source>
        <translation>Extrusionsvorschub:</translation>
    </message>
    <message>
        <source>Travel height:</source>
        <translation>Fahrhöhe:</translation>
    </message>
    <message>
        <source>Camera height:</source>
        <translation>Kamerahöhe:</translation>
    </message>
    <message>
        <source>Where the first tool leaves its mark: a clean, free part of the bed</source>
        <translation>Wo das erste Werkzeug seine Marke ablegt: eine saubere, freie Stelle des Betts</translation>
    </message>
    <message>
        <source>More than the camera&apos;s field of view, so it sees one mark at a time</source>
        <translation>Mehr als das Sichtfeld der Kamera, damit sie jeweils nur eine Marke sieht</translation>
    </message>
    <message>
        <source>Let every tool extrude its mark (the tools must be hot)</source>
        <translation>Jedes Werkzeug seine Marke extrudieren lassen (die Werkzeuge müssen heiß sein)</translation>
    </message>
    <message>
        <source>Stop, lift and put back the tool and position the wizard started from (Esc)</source>
        <translation>Anhalten, anheben und Werkzeug und Position wiederherstellen, mit denen der Assistent begann (Esc)</translation>
    </message>
    <message>
        <source>Prepare: printer homed, camera tool&apos;s camera streaming, tools hot</source>
        <translation>Vorbereiten: Drucker referenziert, Kamera des Kamera-Werkzeugs sendet, Werkzeuge heiß</translation>
    </message>
    <message>
        <source>T%1 deposits its mark</source>
        <translation>T%1 legt seine Marke ab</translation>
    </message>
    <message>
        <source>Calibrate the camera on the first mark</source>
        <translation>Kamera an der ersten Marke kalibrieren</translation>
    </message>
    <message>
        <source>%1 measures the mark of T%2</source>
        <translation>%1 misst die Marke von T%2</translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation>Prüfen und übernehmen</translation>
    </message>
    <message>
        <source>Home the printer, open the camera tool&apos;s camera, heat the tools and check the deposit settings, then press Start.</source>
        <translation>Drucker referenzieren, Kamera des Kamera-Werkzeugs öffnen, Werkzeuge aufheizen und die Ablage-Einstellungen prüfen, dann Starten drücken.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Erneut &amp;starten</translation>
    </message>
</context>
<context>
    <name>reticle::CameraUi</name>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <source>&amp;Choose camera…</source>
        <translation>Kamera &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation>Einzelbild &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Disconnect camera</source>
        <translation>Kamera &amp;trennen</translation>
    </message>
    <message>
        <source>&amp;Fit picture to window</source>
        <translation>Bild an Fenster &amp;anpassen</translation>
    </message>
    <message>
        <source>Scale &amp;line tool</source>
        <translation>&amp;Maßstabslinie</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>überträgt</translation>
    </message>
    <message>
        <source>%1: %2×%3, health %4</source>
        <translation>%1: %2×%3, Zustand %4</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>stockt</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbinde neu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Choose camera</source>
        <translation>Kamera wählen</translation>
    </message>
    <message>
        <source>The camera needs a complete URL, such as http://printer.local/webcam/?action=stream.</source>
        <translation>Die Kamera braucht eine vollständige URL, etwa http://printer.local/webcam/?action=stream.</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Einzelbild speichern</translation>
    </message>
    <message>
        <source>There is no camera picture to save yet.</source>
        <translation>Es gibt noch kein Kamerabild zum Speichern.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>Bilder (*.png *.jpg)</translation>
    </message>
</context>
<context>
    <name>reticle::CameraView</name>
    <message>
        <source>There is no frame to save.</source>
        <translation>Es gibt kein Bild zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot encode the snapshot: %1</source>
        <translation>Das Einzelbild kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>Reticle</source>
        <translation>Fadenkreuz</translation>
    </message>
    <message>
        <source>Scale line tool</source>
        <translation>Maßstabslinie</translation>
    </message>
    <message>
        <source>Clear markers and line</source>
        <translation>Markierungen und Linie löschen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Save snapshot…</source>
        <translation>Einzelbild speichern…</translation>
    </message>
</context>
<context>
    <name>reticle::ConnectionDialog</name>
    <message>
        <source>Use a oneshot token (for proxies that drop the X-Api-Key header)</source>
        <translation>Einmal-Token verwenden (für Proxys, die den X-Api-Key-Header entfernen)</translation>
    </message>
    <message>
        <source>Connect to printer</source>
        <translation>Mit Drucker verbinden</translation>
    </message>
    <message>
        <source>voron.local or http://192.168.1.20:7125</source>
        <translation>voron.local oder http://192.168.1.20:7125</translation>
    </message>
    <message>
        <source>empty when the printer trusts this computer</source>
        <translation>leer, wenn der Drucker diesem Computer vertraut</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Moonraker address:</source>
        <translation>Moonraker-Adresse:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>New printer</source>
        <translation>Neuer Drucker</translation>
    </message>
    <message>
        <source>Give the printer a name.</source>
        <translation>Geben Sie dem Drucker einen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Moonraker address.</source>
        <translation>&apos;%1&apos; ist keine Moonraker-Adresse.</translation>
    </message>
</context>
<context>
    <name>reticle::ConnectionIndicator</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>status bar item, e.g. &quot;Printer: ready&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>reticle::ConsoleWidget</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>G-code, e.g. M114</source>
        <translation>G-Code, z. B. M114</translation>
    </message>
</context>
<context>
    <name>reticle::DriftPlot</name>
    <message>
        <source>Δ since first (µm)</source>
        <translation>Δ seit der ersten (µm)</translation>
    </message>
    <message>
        <source>%1 X</source>
        <translation>%1 X</translation>
    </message>
    <message>
        <source>%1 Y</source>
        <translation>%1 Y</translation>
    </message>
    <message>
        <source>Measured offsets over time</source>
        <translation>Gemessene Versätze im Zeitverlauf</translation>
    </message>
    <message>
        <source>No measurement history in tools_config.json yet</source>
        <translation>Noch kein Messverlauf in tools_config.json</translation>
    </message>
</context>
<context>
    <name>reticle::FocusCameraMeter</name>
    <message>
        <source>No new camera frame within %1 s.</source>
        <translation>Kein neues Kamerabild innerhalb von %1 s.</translation>
    </message>
</context>
<context>
    <name>reticle::FocusUi</name>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrieren</translation>
    </message>
    <message>
        <source>&amp;Focus…</source>
        <translation>&amp;Fokus…</translation>
    </message>
    <message>
        <source>Sweep the nozzle through focus and move to the sharpest image</source>
        <translation>Die Düse durch den Fokus fahren und zum schärfsten Bild bewegen</translation>
    </message>
    <message>
        <source>&amp;Z offsets by focus…</source>
        <translation>&amp;Z-Versätze über den Fokus…</translation>
    </message>
    <message>
        <source>Measure every tool&apos;s Z offset from where its nozzle is in focus</source>
        <translation>Den Z-Versatz jedes Werkzeugs daraus messen, wo seine Düse scharf ist</translation>
    </message>
    <message>
        <source>Connect to the printer and home it first, then jog the nozzle over the camera near focus.</source>
        <translation>Verbinden Sie zuerst den Drucker und referenzieren Sie ihn, dann fahren Sie die Düse nahe am Fokus über die Kamera.</translation>
    </message>
    <message>
        <source>Open a camera that shows the nozzle first.</source>
        <translation>Öffnen Sie zuerst eine Kamera, die die Düse zeigt.</translation>
    </message>
    <message>
        <source>Z offsets by focus</source>
        <translation>Z-Versätze über den Fokus</translation>
    </message>
    <message>
        <source>The tool offset wizard is running; cancel it or let it finish first.</source>
        <translation>Der Werkzeugversatz-Assistent läuft; brechen Sie ihn ab oder lassen Sie ihn erst fertig werden.</translation>
    </message>
    <message>
        <source>Select the reference tool and jog its nozzle over the camera first.</source>
        <translation>Wählen Sie zuerst das Referenzwerkzeug und fahren Sie seine Düse über die Kamera.</translation>
    </message>
    <message>
        <source>Focus log: %1</source>
        <translation>Fokusprotokoll: %1</translation>
    </message>
    <message>
        <source>Apply Z offsets</source>
        <translation>Z-Versätze übernehmen</translation>
    </message>
    <message>
        <source>T%1: Z %2 → %3 (Δ %4, ± %5 mm)</source>
        <translation>T%1: Z %2 → %3 (Δ %4, ± %5 mm)</translation>
    </message>
    <message>
        <source>Send the new Z offsets (%1)? X and Y are written with their current values.</source>
        <translation>Die neuen Z-Versätze senden (%1)? X und Y werden mit ihren aktuellen Werten geschrieben.</translation>
    </message>
    <message>
        <source>Z offsets applied</source>
        <translation>Z-Versätze übernommen</translation>
    </message>
    <message>
        <source>The offsets are active now. Send SAVE_CONFIG to keep them? Klipper restarts.</source>
        <translation>Die Versätze sind jetzt aktiv. SAVE_CONFIG senden, um sie zu behalten? Klipper startet neu.</translation>
    </message>
</context>
<context>
    <name>reticle::FocusWizardPanel</name>
    <message>
        <source>Sweep</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Centre on the &amp;nozzle</source>
        <translation>Auf die &amp;Düse zentrieren</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Apply Z offsets…</source>
        <translation>Z-Versätze ü&amp;bernehmen…</translation>
    </message>
    <message>
        <source>Best focus (active tool)</source>
        <translation>Bester Fokus (aktives Werkzeug)</translation>
    </message>
    <message>
        <source>Z offsets by focus (every tool)</source>
        <translation>Z-Versätze über den Fokus (alle Werkzeuge)</translation>
    </message>
    <message>
        <source>Variance of Laplacian</source>
        <translation>Varianz des Laplace-Operators</translation>
    </message>
    <message>
        <source>Tenengrad</source>
        <translation>Tenengrad</translation>
    </message>
    <message>
        <source>The coarse pass covers the start position ± this</source>
        <translation>Der Grobdurchlauf deckt die Startposition ± diesen Wert ab</translation>
    </message>
    <message>
        <source>The fine pass covers the coarse estimate ± this</source>
        <translation>Der Feindurchlauf deckt die Grobschätzung ± diesen Wert ab</translation>
    </message>
    <message>
        <source>Every measured position is reached moving up at least this far, so backlash is always taken up the same way</source>
        <translation>Jede gemessene Position wird mit mindestens dieser Strecke aufwärts angefahren, damit das Umkehrspiel immer gleich aufgenommen wird</translation>
    </message>
    <message>
        <source>Sharpness is measured in a square of this size (of the image&apos;s shorter side)</source>
        <translation>Die Schärfe wird in einem Quadrat dieser Größe gemessen (bezogen auf die kürzere Bildseite)</translation>
    </message>
    <message>
        <source>Centre the measured square on the detected nozzle instead of the image centre</source>
        <translation>Das Messquadrat auf die erkannte Düse statt auf die Bildmitte zentrieren</translation>
    </message>
    <message>
        <source>C&amp;oarse</source>
        <translation>G&amp;rob</translation>
    </message>
    <message>
        <source>s&amp;tep</source>
        <translation>S&amp;chritt</translation>
    </message>
    <message>
        <source>F&amp;ine</source>
        <translation>F&amp;ein</translation>
    </message>
    <message>
        <source>st&amp;ep</source>
        <translation>Sc&amp;hritt</translation>
    </message>
    <message>
        <source>Take-&amp;up</source>
        <translation>&amp;Anlauf</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Be&amp;reich</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Maß</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Best Z</source>
        <translation>Bestes Z</translation>
    </message>
    <message>
        <source>Fit ±</source>
        <translation>Fit ±</translation>
    </message>
    <message>
        <source>Current Z</source>
        <translation>Aktuelles Z</translation>
    </message>
    <message>
        <source>New Z</source>
        <translation>Neues Z</translation>
    </message>
    <message>
        <source>Δ Z</source>
        <translation>Δ Z</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>One standard deviation of the best focus, from the fit</source>
        <translation>Eine Standardabweichung des besten Fokus, aus dem Fit</translation>
    </message>
    <message>
        <source>One standard deviation of the new Z offset (this tool&apos;s and the reference&apos;s fits)</source>
        <translation>Eine Standardabweichung des neuen Z-Versatzes (aus den Fits dieses Werkzeugs und der Referenz)</translation>
    </message>
    <message>
        <source>Toolhead Z at best focus (mm)</source>
        <translation>Z des Werkzeugkopfs im besten Fokus (mm)</translation>
    </message>
    <message>
        <source>Stop and go back to the tool and position the sweep started from (Esc)</source>
        <translation>Anhalten und zum Werkzeug und zur Position zurückkehren, an denen der Durchlauf begann (Esc)</translation>
    </message>
    <message>
        <source>Send the new Z offsets to the printer after confirmation (X and Y stay as they are)</source>
        <translation>Die neuen Z-Versätze nach Bestätigung an den Drucker senden (X und Y bleiben unverändert)</translation>
    </message>
    <message>
        <source>Mo&amp;de</source>
        <translation>Mo&amp;dus</translation>
    </message>
    <message>
        <source>Focus position</source>
        <translation>Fokusposition</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Z (mm)</source>
        <translation>Z (mm)</translation>
    </message>
    <message>
        <source>T%1 (reference)</source>
        <translation>T%1 (Referenz)</translation>
    </message>
    <message>
        <source>Prepare: reference nozzle over the camera</source>
        <translation>Vorbereiten: Referenzdüse über der Kamera</translation>
    </message>
    <message>
        <source>Prepare: nozzle over the camera, near focus</source>
        <translation>Vorbereiten: Düse über der Kamera, nahe am Fokus</translation>
    </message>
    <message>
        <source>Sweep T%1 (reference)</source>
        <translation>T%1 durchfahren (Referenz)</translation>
    </message>
    <message>
        <source>Sweep T%1</source>
        <translation>T%1 durchfahren</translation>
    </message>
    <message>
        <source>Sweep every tool, the reference first</source>
        <translation>Jedes Werkzeug durchfahren, die Referenz zuerst</translation>
    </message>
    <message>
        <source>Review and apply Z offsets</source>
        <translation>Z-Versätze prüfen und übernehmen</translation>
    </message>
    <message>
        <source>Coarse pass</source>
        <translation>Grobdurchlauf</translation>
    </message>
    <message>
        <source>Fine pass</source>
        <translation>Feindurchlauf</translation>
    </message>
    <message>
        <source>Move to the best focus</source>
        <translation>Zum besten Fokus fahren</translation>
    </message>
    <message>
        <source>Home the printer, jog the reference nozzle over the camera near focus, then press Start.</source>
        <translation>Referenzieren Sie den Drucker, fahren Sie die Referenzdüse nahe am Fokus über die Kamera und drücken Sie dann Starten.</translation>
    </message>
    <message>
        <source>Home the printer, jog the nozzle over the camera near focus, then press Start.</source>
        <translation>Referenzieren Sie den Drucker, fahren Sie die Düse nahe am Fokus über die Kamera und drücken Sie dann Starten.</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Erneut &amp;starten</translation>
    </message>
</context>
<context>
    <name>reticle::FocusWorkflow</name>
    <message>
        <source>coarse pass</source>
        <translation>Grobdurchlauf</translation>
    </message>
    <message>
        <source>fine pass</source>
        <translation>Feindurchlauf</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>Bereit zum Start.</translation>
    </message>
    <message>
        <source>Selecting T%1…</source>
        <translation>T%1 wird gewählt…</translation>
    </message>
    <message>
        <source>Moving T%1 over the camera…</source>
        <translation>T%1 fährt über die Kamera…</translation>
    </message>
    <message>
        <source>Finding the nozzle of T%1…</source>
        <translation>Die Düse von T%1 wird gesucht…</translation>
    </message>
    <message>
        <source>T%1, %2: moving %3 to %4…</source>
        <translation>T%1, %2: %3 fährt auf %4…</translation>
    </message>
    <message>
        <source>T%1, %2: measuring sharpness at %3 %4…</source>
        <translation>T%1, %2: Schärfe wird bei %3 %4 gemessen…</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Putting back the tool and position…</source>
        <translation>Werkzeug und Position werden wiederhergestellt…</translation>
    </message>
    <message>
        <source>Best focus at %1 %2 ± %3.</source>
        <translation>Bester Fokus bei %1 %2 ± %3.</translation>
    </message>
    <message numerus="yes">
        <source>Measured %n tool(s). Review the Z offsets below.</source>
        <translation>
            <numerusform>%n Werkzeug gemessen. Prüfen Sie unten die Z-Versätze.</numerusform>
            <numerusform>%n Werkzeuge gemessen. Prüfen Sie unten die Z-Versätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the tool and position were put back.</source>
        <translation>Abgebrochen; Werkzeug und Position wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cancelled; %1.</source>
        <translation>Abgebrochen; %1.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The printer is not ready (connected, homed and idle).</source>
        <translation>Der Drucker ist nicht bereit (verbunden, referenziert und untätig).</translation>
    </message>
    <message>
        <source>The camera is not streaming.</source>
        <translation>Die Kamera liefert keine Bilder.</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>T%1: %2</source>
        <translation>T%1: %2</translation>
    </message>
    <message>
        <source>Could not return to the start position: %1</source>
        <translation>Rückkehr zur Startposition nicht möglich: %1</translation>
    </message>
    <message>
        <source>T%1: the focus move failed: %2</source>
        <translation>T%1: die Fokusbewegung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not put back the tool and position: %1</source>
        <translation>Werkzeug und Position konnten nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>the printer is disconnected, so the tool and position were not put back</source>
        <translation>der Drucker ist getrennt, daher wurden Werkzeug und Position nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>reticle::FrameDecoder</name>
    <message>
        <source>An empty frame (%1 bytes).</source>
        <translation>Ein leeres Bild (%1 Bytes).</translation>
    </message>
    <message>
        <source>The frame could not be decoded: %1</source>
        <translation>Das Bild konnte nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>The frame is not a decodable image (%1 bytes, starts with %2).</source>
        <translation>Das Bild lässt sich nicht dekodieren (%1 Bytes, beginnt mit %2).</translation>
    </message>
    <message>
        <source>Out of memory for a %1×%2 frame.</source>
        <translation>Nicht genug Speicher für ein Bild mit %1×%2 Pixeln.</translation>
    </message>
</context>
<context>
    <name>reticle::FrameSource</name>
    <message>
        <source>An empty video frame.</source>
        <translation>Ein leeres Videobild.</translation>
    </message>
</context>
<context>
    <name>reticle::JogPanel</name>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Y+</source>
        <translation>Y+</translation>
    </message>
    <message>
        <source>X−</source>
        <translation>X−</translation>
    </message>
    <message>
        <source>X+</source>
        <translation>X+</translation>
    </message>
    <message>
        <source>Y−</source>
        <translation>Y−</translation>
    </message>
    <message>
        <source>Z+</source>
        <translation>Z+</translation>
    </message>
    <message>
        <source>Z−</source>
        <translation>Z−</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Referenzfahrt</translation>
    </message>
    <message>
        <source>Home all axes (G28)</source>
        <translation>Alle Achsen referenzieren (G28)</translation>
    </message>
    <message>
        <source>X %1  Y %2  Z %3  (homed: %4)</source>
        <translation>X %1  Y %2  Z %3  (referenziert: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Position unknown</source>
        <translation>Position unbekannt</translation>
    </message>
</context>
<context>
    <name>reticle::LinkWatch</name>
    <message>
        <source>Printer connection lost: %1</source>
        <translation>Verbindung zum Drucker verloren: %1</translation>
    </message>
    <message>
        <source>The printer shut down: %1</source>
        <translation>Der Drucker hat abgeschaltet: %1</translation>
    </message>
    <message>
        <source>Camera lost: %1</source>
        <translation>Kamera verloren: %1</translation>
    </message>
</context>
<context>
    <name>reticle::LivePrepareIo</name>
    <message>
        <source>G28 finished but the printer did not report X, Y and Z homed.</source>
        <translation>G28 ist beendet, aber der Drucker meldet X, Y und Z nicht als referenziert.</translation>
    </message>
    <message>
        <source>No camera is open.</source>
        <translation>Keine Kamera ist geöffnet.</translation>
    </message>
    <message>
        <source>No new camera frame within %1 s.</source>
        <translation>Kein neues Kamerabild innerhalb von %1 s.</translation>
    </message>
</context>
<context>
    <name>reticle::LocalCameraSource</name>
    <message>
        <source>Camera on this computer</source>
        <translation>Kamera an diesem Computer</translation>
    </message>
    <message>
        <source>No camera is attached to this computer.</source>
        <translation>An diesem Computer ist keine Kamera angeschlossen.</translation>
    </message>
    <message>
        <source>The camera &apos;%1&apos; is not attached.</source>
        <translation>Die Kamera &apos;%1&apos; ist nicht angeschlossen.</translation>
    </message>
    <message>
        <source>The camera failed.</source>
        <translation>Die Kamera ist ausgefallen.</translation>
    </message>
</context>
<context>
    <name>reticle::MachineIo</name>
    <message>
        <source>This printer connection cannot extrude.</source>
        <translation>Diese Druckerverbindung kann nicht extrudieren.</translation>
    </message>
</context>
<context>
    <name>reticle::MainWindow</name>
    <message>
        <source>Reticle</source>
        <translation>Reticle</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Choose a camera to see the nozzle or the bed here.</source>
        <translation>Wählen Sie eine Kamera, um hier die Düse oder das Druckbett zu sehen.</translation>
    </message>
    <message>
        <source>Emergency stop</source>
        <translation>Not-Halt</translation>
    </message>
    <message>
        <source>Emergency stop: shut the printer down at once (%1)</source>
        <translation>Not-Halt: den Drucker sofort abschalten (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;About Reticle</source>
        <translation>Ü&amp;ber Reticle</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>Keine Werkzeuge</translation>
    </message>
    <message>
        <source>Connect to a printer to list its tools and offsets.</source>
        <translation>Verbinden Sie sich mit einem Drucker, um seine Werkzeuge und Versätze aufzulisten.</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Jogging needs a connected, homed printer.</source>
        <translation>Zum Verfahren wird ein verbundener, referenzierter Drucker benötigt.</translation>
    </message>
    <message>
        <source>Wizard</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>No wizard running</source>
        <translation>Kein Assistent aktiv</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Printer responses appear here once connected.</source>
        <translation>Antworten des Druckers erscheinen hier, sobald er verbunden ist.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used the next time Reticle starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Reticle.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>&amp;Maschine</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Guided calibrations run step by step in this panel.</source>
        <translation>Geführte Kalibrierungen laufen Schritt für Schritt in diesem Bereich.</translation>
    </message>
</context>
<context>
    <name>reticle::MarkCameraProbe</name>
    <message>
        <source>No new camera frame within %1 s.</source>
        <translation>Kein neues Kamerabild innerhalb von %1 s.</translation>
    </message>
</context>
<context>
    <name>reticle::MediaUrlSource</name>
    <message>
        <source>Video stream or file</source>
        <translation>Videostream oder -datei</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <source>The stream from %1 ended: the server closed the connection or stopped sending.</source>
        <translation>Der Stream von %1 ist abgebrochen: Der Server hat die Verbindung geschlossen oder sendet nicht mehr.</translation>
    </message>
</context>
<context>
    <name>reticle::MjpegStreamSource</name>
    <message>
        <source>MJPEG over HTTP</source>
        <translation>MJPEG über HTTP</translation>
    </message>
    <message>
        <source>The camera answered HTTP %1 %2.</source>
        <translation>Die Kamera antwortete mit HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The image is larger than the %1 MiB limit.</source>
        <translation>Das Bild ist größer als die Grenze von %1 MiB.</translation>
    </message>
    <message>
        <source>The URL serves a single image, not a stream; use a snapshot camera for it.</source>
        <translation>Die URL liefert ein Einzelbild, keinen Stream; verwenden Sie dafür eine Einzelbild-Kamera.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>The camera closed the stream.</source>
        <translation>Die Kamera hat den Stream geschlossen.</translation>
    </message>
    <message>
        <source>The camera redirected more than %1 times.</source>
        <translation>Die Kamera hat mehr als %1-mal weitergeleitet.</translation>
    </message>
</context>
<context>
    <name>reticle::MoonrakerClient</name>
    <message>
        <source>no printer address</source>
        <translation>keine Druckeradresse</translation>
    </message>
    <message>
        <source>malformed error object</source>
        <translation>fehlerhaftes Fehlerobjekt</translation>
    </message>
</context>
<context>
    <name>reticle::MotionGuard</name>
    <message>
        <source>The printer is not ready (%1).</source>
        <translation>Der Drucker ist nicht bereit (%1).</translation>
    </message>
    <message>
        <source>A print is running; Reticle does not move the printer during a print.</source>
        <translation>Ein Druck läuft; Reticle bewegt den Drucker während eines Drucks nicht.</translation>
    </message>
    <message>
        <source>The toolhead position is not known yet.</source>
        <translation>Die Position des Druckkopfs ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>The %1 value is not a number.</source>
        <translation>Der %1-Wert ist keine Zahl.</translation>
    </message>
    <message>
        <source>The move is empty.</source>
        <translation>Die Bewegung ist leer.</translation>
    </message>
    <message>
        <source>Axis %1 is not homed. Home the printer first.</source>
        <translation>Achse %1 ist nicht referenziert. Referenzieren Sie zuerst den Drucker.</translation>
    </message>
    <message>
        <source>A %1 mm step is longer than the %2 mm allowed for jogging.</source>
        <translation>Ein Schritt von %1 mm ist länger als die beim Verfahren erlaubten %2 mm.</translation>
    </message>
    <message>
        <source>A %1 mm step is longer than the %2 mm allowed while centring.</source>
        <translation>Ein Schritt von %1 mm ist länger als die beim Zentrieren erlaubten %2 mm.</translation>
    </message>
    <message>
        <source>The axis limits are not known yet.</source>
        <translation>Die Achsgrenzen sind noch nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 %2 mm is outside the allowed range %3 to %4 mm (axis limits less a %5 mm margin).</source>
        <translation>%1 %2 mm liegt außerhalb des erlaubten Bereichs %3 bis %4 mm (Achsgrenzen abzüglich %5 mm Rand).</translation>
    </message>
    <message>
        <source>The tool has no tool number.</source>
        <translation>Das Werkzeug hat keine Werkzeugnummer.</translation>
    </message>
</context>
<context>
    <name>reticle::MultipartParser</name>
    <message>
        <source>The stream ended inside a frame (%1 of %2 bytes received).</source>
        <translation>Der Stream endete mitten in einem Bild (%1 von %2 Bytes empfangen).</translation>
    </message>
    <message>
        <source>The stream ended inside a frame (%1 bytes received, no end marker).</source>
        <translation>Der Stream endete mitten in einem Bild (%1 Bytes empfangen, keine Endmarke).</translation>
    </message>
    <message>
        <source>The stream ended inside the headers of a part.</source>
        <translation>Der Stream endete mitten in den Kopfzeilen eines Teils.</translation>
    </message>
    <message>
        <source>A part&apos;s headers are longer than %1 bytes; skipped to the next boundary.</source>
        <translation>Die Kopfzeilen eines Teils sind länger als %1 Bytes; weiter bis zur nächsten Grenze.</translation>
    </message>
    <message>
        <source>A frame of %1 bytes (%2 MiB) is larger than the %3 MiB limit; skipped.</source>
        <translation>Ein Bild mit %1 Bytes (%2 MiB) ist größer als die Grenze von %3 MiB; übersprungen.</translation>
    </message>
    <message>
        <source>Ignored an invalid Content-Length &apos;%1&apos;.</source>
        <translation>Ungültige Content-Length &apos;%1&apos; ignoriert.</translation>
    </message>
    <message>
        <source>A part has more than 100 header lines; skipped to the next boundary.</source>
        <translation>Ein Teil hat mehr als 100 Kopfzeilen; weiter bis zur nächsten Grenze.</translation>
    </message>
    <message>
        <source>A part&apos;s Content-Length said %1 bytes but it held %2; used the %2.</source>
        <translation>Die Content-Length eines Teils nannte %1 Bytes, er enthielt aber %2; die %2 wurden verwendet.</translation>
    </message>
    <message>
        <source>A frame was cut short: Content-Length said %1 bytes, the next part began after %2.</source>
        <translation>Ein Bild wurde abgeschnitten: Content-Length nannte %1 Bytes, der nächste Teil begann nach %2.</translation>
    </message>
    <message>
        <source>A frame was cut short: the next part began before its JPEG end marker.</source>
        <translation>Ein Bild wurde abgeschnitten: Der nächste Teil begann vor seiner JPEG-Endmarke.</translation>
    </message>
    <message>
        <source>A frame without Content-Length grew past the %1 MiB limit without an end marker; skipped.</source>
        <translation>Ein Bild ohne Content-Length wuchs ohne Endmarke über die Grenze von %1 MiB; übersprungen.</translation>
    </message>
    <message>
        <source>A frame was cut short: its JPEG structure broke off before the next part.</source>
        <translation>Ein Bild wurde abgeschnitten: Seine JPEG-Struktur brach vor dem nächsten Teil ab.</translation>
    </message>
    <message>
        <source>A part grew past the %1 MiB limit without a boundary; skipped.</source>
        <translation>Ein Teil wuchs ohne Grenze über %1 MiB; übersprungen.</translation>
    </message>
</context>
<context>
    <name>reticle::OffsetReviewTable</name>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Current X</source>
        <translation>Aktuell X</translation>
    </message>
    <message>
        <source>Current Y</source>
        <translation>Aktuell Y</translation>
    </message>
    <message>
        <source>New X</source>
        <translation>Neu X</translation>
    </message>
    <message>
        <source>New Y</source>
        <translation>Neu Y</translation>
    </message>
    <message>
        <source>Δ X</source>
        <translation>Δ X</translation>
    </message>
    <message>
        <source>Δ Y</source>
        <translation>Δ Y</translation>
    </message>
    <message>
        <source>Std X / Y (µm)</source>
        <translation>Std.-Abw. X / Y (µm)</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Bewegungen</translation>
    </message>
    <message>
        <source>T%1 (clicked)</source>
        <translation>T%1 (geklickt)</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>one sample</source>
        <translation>eine Messung</translation>
    </message>
    <message>
        <source>The change is larger than %1 mm: check the tool before applying.</source>
        <translation>Die Änderung ist größer als %1 mm: Prüfen Sie das Werkzeug vor dem Übernehmen.</translation>
    </message>
</context>
<context>
    <name>reticle::PointSurveyWorkflow</name>
    <message>
        <source>Ready to start</source>
        <translation>Bereit zum Start</translation>
    </message>
    <message>
        <source>%1: moving to point %2 of %3</source>
        <translation>%1: Fahrt zu Punkt %2 von %3</translation>
    </message>
    <message>
        <source>%1: detecting the nozzle at point %2 of %3</source>
        <translation>%1: Düse wird an Punkt %2 von %3 erkannt</translation>
    </message>
    <message>
        <source>%1: the nozzle was not detected at point %2 of %3. Click it in the camera view, or skip the point.</source>
        <translation>%1: Die Düse wurde an Punkt %2 von %3 nicht erkannt. Klicken Sie sie in der Kameraansicht an oder überspringen Sie den Punkt.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>Returning to the start position</source>
        <translation>Rückkehr zur Startposition</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The printer is not ready: it must be connected, ready and homed.</source>
        <translation>Der Drucker ist nicht bereit: er muss verbunden, bereit und referenziert sein.</translation>
    </message>
    <message>
        <source>No camera image.</source>
        <translation>Kein Kamerabild.</translation>
    </message>
    <message>
        <source>Nothing to measure.</source>
        <translation>Nichts zu messen.</translation>
    </message>
</context>
<context>
    <name>reticle::PrinterMachineIo</name>
    <message>
        <source>The printer did not report its position after the move.</source>
        <translation>Der Drucker hat nach der Bewegung seine Position nicht gemeldet.</translation>
    </message>
    <message>
        <source>the connection to Moonraker dropped</source>
        <translation>die Verbindung zu Moonraker ist abgebrochen</translation>
    </message>
    <message>
        <source>An extrusion of %1 mm is outside the allowed 0 to %2 mm.</source>
        <translation>Eine Extrusion von %1 mm liegt außerhalb der erlaubten 0 bis %2 mm.</translation>
    </message>
    <message>
        <source>An extrusion feed of %1 mm/min is outside the allowed %2 to %3 mm/min.</source>
        <translation>Ein Extrusionsvorschub von %1 mm/min liegt außerhalb der erlaubten %2 bis %3 mm/min.</translation>
    </message>
    <message>
        <source>The printer must be homed before a tool extrudes.</source>
        <translation>Der Drucker muss referenziert sein, bevor ein Werkzeug extrudiert.</translation>
    </message>
    <message>
        <source>Klipper gave no reason</source>
        <translation>Klipper hat keinen Grund angegeben</translation>
    </message>
</context>
<context>
    <name>reticle::PrinterUi</name>
    <message>
        <source>&amp;Connect to printer…</source>
        <translation>Mit Drucker &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from printer</source>
        <translation>Vom Drucker &amp;trennen</translation>
    </message>
    <message>
        <source>Emergency stop failed: %1</source>
        <translation>Not-Aus fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Emergency stop sent.</source>
        <translation>Not-Aus gesendet.</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Drucker: %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>verbinde erneut…</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>druckt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Klipper: %1</source>
        <translation>Klipper: %1</translation>
    </message>
</context>
<context>
    <name>reticle::ReferencePointsWorkflow</name>
    <message>
        <source>Reference points</source>
        <translation>Referenzpunkte</translation>
    </message>
    <message>
        <source>Set the pixel scale first.</source>
        <translation>Setzen Sie zuerst den Pixelmaßstab.</translation>
    </message>
    <message>
        <source>The nozzle is too close to the edge of the image; centre it over the camera.</source>
        <translation>Die Düse ist zu nah am Bildrand; zentrieren Sie sie über der Kamera.</translation>
    </message>
    <message>
        <source>Only %1 points have a position; the %2 model needs at least %3.</source>
        <translation>Nur %1 Punkte haben eine Position; das Modell %2 braucht mindestens %3.</translation>
    </message>
</context>
<context>
    <name>reticle::RepeatabilityPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause after cycle</source>
        <translation>&amp;Pause nach dem Zyklus</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Sa&amp;ve to history</source>
        <translation>Im &amp;Verlauf speichern</translation>
    </message>
    <message>
        <source>Complete tool-change cycles over every tool; each gives one measurement per tool</source>
        <translation>Vollständige Werkzeugwechsel-Zyklen über alle Werkzeuge; jeder liefert eine Messung pro Werkzeug</translation>
    </message>
    <message>
        <source>Finish the cycle under way, put back the tool and position, then wait</source>
        <translation>Den laufenden Zyklus beenden, Werkzeug und Position wiederherstellen, dann warten</translation>
    </message>
    <message>
        <source>Stop and put back the tool and position the run started from (Esc)</source>
        <translation>Anhalten und das Werkzeug und die Position vom Start des Laufs wiederherstellen (Esc)</translation>
    </message>
    <message>
        <source>Add every tool&apos;s mean offset and its scatter to the measurement history in tools_config.json (the measured offsets themselves are not changed)</source>
        <translation>Den mittleren Versatz jedes Werkzeugs und seine Streuung zum Messverlauf in tools_config.json hinzufügen (die gemessenen Versätze selbst bleiben unverändert)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Std X</source>
        <translation>Std X</translation>
    </message>
    <message>
        <source>Std Y</source>
        <translation>Std Y</translation>
    </message>
    <message>
        <source>Range X</source>
        <translation>Spanne X</translation>
    </message>
    <message>
        <source>Range Y</source>
        <translation>Spanne Y</translation>
    </message>
    <message>
        <source>Mean X</source>
        <translation>Mittel X</translation>
    </message>
    <message>
        <source>Mean Y</source>
        <translation>Mittel Y</translation>
    </message>
    <message>
        <source>Cycles measured</source>
        <translation>Gemessene Zyklen</translation>
    </message>
    <message>
        <source>Standard deviation in X, µm</source>
        <translation>Standardabweichung in X, µm</translation>
    </message>
    <message>
        <source>Standard deviation in Y, µm</source>
        <translation>Standardabweichung in Y, µm</translation>
    </message>
    <message>
        <source>Largest minus smallest in X, µm</source>
        <translation>Größter minus kleinster Wert in X, µm</translation>
    </message>
    <message>
        <source>Largest minus smallest in Y, µm</source>
        <translation>Größter minus kleinster Wert in Y, µm</translation>
    </message>
    <message>
        <source>Mean measured offset in X, mm</source>
        <translation>Mittlerer gemessener Versatz in X, mm</translation>
    </message>
    <message>
        <source>Mean measured offset in Y, mm</source>
        <translation>Mittlerer gemessener Versatz in Y, mm</translation>
    </message>
    <message>
        <source>Other tools: the measured offset per cycle. The reference: the position that centres its nozzle (its offset is the reference by definition).</source>
        <translation>Andere Werkzeuge: der gemessene Versatz pro Zyklus. Die Referenz: die Position, die ihre Düse zentriert (ihr Versatz ist per Definition die Referenz).</translation>
    </message>
    <message>
        <source>C&amp;ycles:</source>
        <translation>&amp;Zyklen:</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Drift over history</source>
        <translation>Drift im Verlauf</translation>
    </message>
    <message>
        <source>T%1 (reference)</source>
        <translation>T%1 (Referenz)</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>%1, clicked</source>
        <translation>%1, geklickt</translation>
    </message>
    <message>
        <source>The reference&apos;s scatter is that of the position centring its nozzle</source>
        <translation>Die Streuung der Referenz ist die der Position, die ihre Düse zentriert</translation>
    </message>
    <message>
        <source>T%1 (reference): centre</source>
        <translation>T%1 (Referenz): Mitte</translation>
    </message>
    <message>
        <source>T%1: offset</source>
        <translation>T%1: Versatz</translation>
    </message>
    <message>
        <source>Prepare: printer ready and homed, camera streaming</source>
        <translation>Vorbereiten: Drucker bereit und referenziert, Kamera streamt</translation>
    </message>
    <message>
        <source>Cycle %1: select and measure every tool</source>
        <translation>Zyklus %1: jedes Werkzeug wählen und messen</translation>
    </message>
    <message>
        <source>Review the scatter and save it to the history</source>
        <translation>Streuung prüfen und im Verlauf speichern</translation>
    </message>
    <message>
        <source>Home the printer, jog the reference nozzle over the camera, then press Start.</source>
        <translation>Drucker referenzieren, die Referenzdüse über die Kamera fahren, dann Starten drücken.</translation>
    </message>
    <message>
        <source>Saved to the history.</source>
        <translation>Im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Erneut starten</translation>
    </message>
</context>
<context>
    <name>reticle::RepeatabilityUi</name>
    <message>
        <source>&amp;Repeatability…</source>
        <translation>&amp;Wiederholgenauigkeit…</translation>
    </message>
    <message>
        <source>Measure every tool several times over complete tool changes: scatter, std, range and drift over the history</source>
        <translation>Jedes Werkzeug mehrmals über vollständige Werkzeugwechsel messen: Streuung, Standardabweichung, Spanne und Drift im Verlauf</translation>
    </message>
    <message>
        <source>Repeatability</source>
        <translation>Wiederholgenauigkeit</translation>
    </message>
    <message>
        <source>Save to history</source>
        <translation>Im Verlauf speichern</translation>
    </message>
    <message>
        <source>Repeatability saved to %1</source>
        <translation>Wiederholgenauigkeit gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>reticle::RepeatabilityWorkflow</name>
    <message>
        <source>Ready to start</source>
        <translation>Bereit zum Start</translation>
    </message>
    <message>
        <source>Cycle %1 of %2: %3</source>
        <translation>Zyklus %1 von %2: %3</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>(pausing after this cycle)</source>
        <translation>(Pause nach diesem Zyklus)</translation>
    </message>
    <message>
        <source>Paused after cycle %1 of %2; the tool and position are restored.</source>
        <translation>Pausiert nach Zyklus %1 von %2; Werkzeug und Position sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1 cycles done in %2 s: review the scatter, then save it to the history.</source>
        <translation>%1 Zyklen in %2 s erledigt: Streuung prüfen, dann im Verlauf speichern.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 cycles</source>
        <translation>Abgebrochen nach %1 von %2 Zyklen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cycle %1: %2</source>
        <translation>Zyklus %1: %2</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Zyklus %1 von %2</translation>
    </message>
</context>
<context>
    <name>reticle::ResidualPlot</name>
    <message>
        <source>ΔX (µm)</source>
        <translation>ΔX (µm)</translation>
    </message>
    <message>
        <source>ΔY (µm)</source>
        <translation>ΔY (µm)</translation>
    </message>
    <message>
        <source>inlier</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>No residuals yet</source>
        <translation>Noch keine Residuen</translation>
    </message>
    <message>
        <source>%1: RMS %2 µm, max %3 µm over %4 points
(circles: 1× and 2× RMS)</source>
        <translation>%1: RMS %2 µm, max. %3 µm über %4 Punkte
(Kreise: 1× und 2× RMS)</translation>
    </message>
</context>
<context>
    <name>reticle::ScatterPlot</name>
    <message>
        <source>Δ X (µm)</source>
        <translation>Δ X (µm)</translation>
    </message>
    <message>
        <source>Δ Y (µm)</source>
        <translation>Δ Y (µm)</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>%1 — circles at 1σ (%2 µm) and 2σ</source>
        <translation>%1 — Kreise bei 1σ (%2 µm) und 2σ</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Noch keine Messungen</translation>
    </message>
</context>
<context>
    <name>reticle::SharpnessCurvePlot</name>
    <message>
        <source>Coarse pass</source>
        <translation>Grobdurchlauf</translation>
    </message>
    <message>
        <source>Fine pass</source>
        <translation>Feindurchlauf</translation>
    </message>
    <message>
        <source>Coarse fit</source>
        <translation>Grob-Fit</translation>
    </message>
    <message>
        <source>Fine fit</source>
        <translation>Fein-Fit</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Schärfe</translation>
    </message>
    <message>
        <source>Focus position</source>
        <translation>Fokusposition</translation>
    </message>
    <message>
        <source>Best focus %1 ± %2</source>
        <translation>Bester Fokus %1 ± %2</translation>
    </message>
    <message>
        <source>Coarse estimate %1</source>
        <translation>Grobschätzung %1</translation>
    </message>
</context>
<context>
    <name>reticle::SnapshotPollingSource</name>
    <message>
        <source>Snapshot polling</source>
        <translation>Einzelbildabfrage</translation>
    </message>
    <message>
        <source>The camera answered HTTP %1.</source>
        <translation>Die Kamera antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Snapshot request failed: %1</source>
        <translation>Einzelbildabfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The snapshot URL did not return an image.</source>
        <translation>Die Einzelbild-URL lieferte kein Bild.</translation>
    </message>
</context>
<context>
    <name>reticle::StreamLossWatch</name>
    <message>
        <source>no frames from the camera</source>
        <translation>keine Bilder von der Kamera</translation>
    </message>
</context>
<context>
    <name>reticle::ToolOffsetWizardPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Apply offsets…</source>
        <translation>Versätze &amp;übernehmen…</translation>
    </message>
    <message>
        <source>Stop and put back the tool and position the wizard started from (Esc)</source>
        <translation>Anhalten und Werkzeug und Position wiederherstellen, mit denen der Assistent begann (Esc)</translation>
    </message>
    <message>
        <source>Prepare: printer ready and homed, camera streaming</source>
        <translation>Vorbereiten: Drucker bereit und referenziert, Kamera sendet</translation>
    </message>
    <message>
        <source>Measure T%1 (reference)</source>
        <translation>T%1 messen (Referenz)</translation>
    </message>
    <message>
        <source>Measure T%1</source>
        <translation>T%1 messen</translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation>Prüfen und übernehmen</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Erneut &amp;starten</translation>
    </message>
    <message>
        <source>Home the printer, jog the reference nozzle over the camera, then press Start.</source>
        <translation>Referenzieren Sie den Drucker, fahren Sie die Referenzdüse über die Kamera und drücken Sie dann Starten.</translation>
    </message>
    <message>
        <source>&amp;Undo apply…</source>
        <translation>Anwenden &amp;rückgängig…</translation>
    </message>
    <message>
        <source>Centring and review settings</source>
        <translation>Einstellungen für Zentrierung und Prüfung</translation>
    </message>
    <message>
        <source>Fraction of the measured error corrected by each move (1 = all of it)</source>
        <translation>Anteil des gemessenen Fehlers, der mit jeder Bewegung korrigiert wird (1 = vollständig)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Largest single correction move; the camera&apos;s field of view may limit it further</source>
        <translation>Größte einzelne Korrekturbewegung; das Sichtfeld der Kamera kann sie weiter begrenzen</translation>
    </message>
    <message>
        <source> µm</source>
        <translation> µm</translation>
    </message>
    <message>
        <source>The nozzle counts as centred when it is this close to the image centre</source>
        <translation>Die Düse gilt als zentriert, wenn sie so nah an der Bildmitte ist</translation>
    </message>
    <message>
        <source>Corrections per tool before the wizard gives up</source>
        <translation>Korrekturen pro Werkzeug, bevor der Assistent aufgibt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time per tool before the wizard gives up</source>
        <translation>Zeit pro Werkzeug, bevor der Assistent aufgibt</translation>
    </message>
    <message>
        <source>Measurements per tool once centred, each approached from the same side; their scatter is shown in the review</source>
        <translation>Messungen pro Werkzeug nach dem Zentrieren, jede von derselben Seite angefahren; ihre Streuung erscheint in der Prüfung</translation>
    </message>
    <message>
        <source>Changes larger than this are flagged in the review</source>
        <translation>Größere Änderungen werden in der Prüfung markiert</translation>
    </message>
    <message>
        <source>&amp;Gain:</source>
        <translation>&amp;Verstärkung:</translation>
    </message>
    <message>
        <source>Step &amp;clamp:</source>
        <translation>Schritt&amp;begrenzung:</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Toleranz:</translation>
    </message>
    <message>
        <source>Max. &amp;iterations:</source>
        <translation>Max. &amp;Iterationen:</translation>
    </message>
    <message>
        <source>Max. ti&amp;me:</source>
        <translation>Max. &amp;Zeit:</translation>
    </message>
    <message>
        <source>Measure&amp;ments:</source>
        <translation>&amp;Messungen:</translation>
    </message>
    <message>
        <source>&amp;Flag Δ above:</source>
        <translation>Δ &amp;markieren über:</translation>
    </message>
    <message>
        <source>Flagged (Δ above %1 mm): %2. Check these tools before applying.</source>
        <translation>Markiert (Δ über %1 mm): %2. Diese Werkzeuge vor dem Anwenden prüfen.</translation>
    </message>
</context>
<context>
    <name>reticle::ToolOffsetWorkflow</name>
    <message>
        <source>Ready to start</source>
        <translation>Bereit zum Start</translation>
    </message>
    <message>
        <source>Selecting T%1</source>
        <translation>T%1 wird gewählt</translation>
    </message>
    <message>
        <source>Moving T%1 over the camera</source>
        <translation>T%1 fährt über die Kamera</translation>
    </message>
    <message>
        <source>Detecting the nozzle of T%1</source>
        <translation>Düse von T%1 wird erkannt</translation>
    </message>
    <message>
        <source>Click the nozzle of T%1 in the camera view</source>
        <translation>Klicken Sie in der Kameraansicht auf die Düse von T%1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Restoring the starting tool and position</source>
        <translation>Ausgangswerkzeug und -position werden wiederhergestellt</translation>
    </message>
    <message>
        <source>Review the measured offsets</source>
        <translation>Gemessene Versätze prüfen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No tools to measure.</source>
        <translation>Keine Werkzeuge zu messen.</translation>
    </message>
    <message>
        <source>The printer is not ready: it must be connected, ready and homed.</source>
        <translation>Der Drucker ist nicht bereit: Er muss verbunden, betriebsbereit und referenziert sein.</translation>
    </message>
    <message>
        <source>No camera image.</source>
        <translation>Kein Kamerabild.</translation>
    </message>
    <message>
        <source>Measuring T%1</source>
        <translation>T%1 wird gemessen</translation>
    </message>
    <message>
        <source>T%1: %2</source>
        <translation>T%1: %2</translation>
    </message>
    <message>
        <source>the printer is disconnected, so the tool and position were not restored</source>
        <translation>der Drucker ist getrennt, daher wurden Werkzeug und Position nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>reticle::ToolPanel</name>
    <message>
        <source>Select</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>X offset</source>
        <translation>X-Versatz</translation>
    </message>
    <message>
        <source>Y offset</source>
        <translation>Y-Versatz</translation>
    </message>
    <message>
        <source>Z offset</source>
        <translation>Z-Versatz</translation>
    </message>
    <message>
        <source>Active tool:</source>
        <translation>Aktives Werkzeug:</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
</context>
<context>
    <name>reticle::VideoSinkSource</name>
    <message>
        <source>A video frame in format %1 could not be converted.</source>
        <translation>Ein Videobild im Format %1 konnte nicht umgewandelt werden.</translation>
    </message>
</context>
<context>
    <name>reticle::WizardUi</name>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrieren</translation>
    </message>
    <message>
        <source>&amp;Tool offsets…</source>
        <translation>&amp;Werkzeugversätze…</translation>
    </message>
    <message>
        <source>Jog the reference nozzle over the camera, then measure every tool&apos;s offset</source>
        <translation>Die Referenzdüse über die Kamera fahren, dann den Versatz jedes Werkzeugs messen</translation>
    </message>
    <message>
        <source>Tool offsets</source>
        <translation>Werkzeugversätze</translation>
    </message>
    <message>
        <source>Connect to the printer and home it first, then jog the reference nozzle over the camera.</source>
        <translation>Verbinden Sie sich zuerst mit dem Drucker und referenzieren Sie ihn, dann fahren Sie die Referenzdüse über die Kamera.</translation>
    </message>
    <message>
        <source>Open a camera that shows the nozzle first.</source>
        <translation>Öffnen Sie zuerst eine Kamera, die die Düse zeigt.</translation>
    </message>
    <message>
        <source>Using the saved camera calibration (RMS %1 µm)</source>
        <translation>Gespeicherte Kamerakalibrierung wird verwendet (RMS %1 µm)</translation>
    </message>
    <message>
        <source>Calibrating the camera by moves…</source>
        <translation>Kamera wird durch Bewegungen kalibriert…</translation>
    </message>
    <message>
        <source>Camera calibration</source>
        <translation>Kamerakalibrierung</translation>
    </message>
    <message>
        <source>Apply offsets</source>
        <translation>Versätze übernehmen</translation>
    </message>
    <message>
        <source>Send these commands (%1)?</source>
        <translation>Diese Befehle senden (%1)?</translation>
    </message>
    <message>
        <source>The offsets are active now. Send SAVE_CONFIG to keep them? Klipper restarts.</source>
        <translation>Die Versätze sind jetzt aktiv. SAVE_CONFIG senden, um sie zu behalten? Klipper startet neu.</translation>
    </message>
    <message>
        <source>Save offsets</source>
        <translation>Versätze speichern</translation>
    </message>
    <message>
        <source>Offsets saved to %1</source>
        <translation>Versätze in %1 gespeichert</translation>
    </message>
    <message>
        <source>A measurement is running. Cancel it or wait until it is done.</source>
        <translation>Eine Messung läuft. Brechen Sie sie ab oder warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Nichts wurde angewendet: %1</translation>
    </message>
    <message>
        <source>Put back the offsets the printer had before this apply (%1) and the previous entries of tools_config.json</source>
        <translation>Die Versätze, die der Drucker vor diesem Anwenden hatte (%1), und die vorherigen Einträge von tools_config.json wiederherstellen</translation>
    </message>
    <message>
        <source>Undo apply</source>
        <translation>Anwenden rückgängig machen</translation>
    </message>
    <message>
        <source>Connect to the printer first.</source>
        <translation>Verbinden Sie sich zuerst mit dem Drucker.</translation>
    </message>
    <message>
        <source>The offsets changed since Reticle applied them; someone else may have applied other values. Undo anyway and put back the values from before Reticle&apos;s apply?</source>
        <translation>Die Versätze haben sich geändert, seit Reticle sie angewendet hat; vielleicht hat jemand anderes andere Werte angewendet. Trotzdem rückgängig machen und die Werte von vor dem Anwenden durch Reticle wiederherstellen?</translation>
    </message>
    <message>
        <source>The printer does not report per-tool offsets, so Reticle cannot put them back: only tools_config.json is restored. Set the printer&apos;s offsets by hand. Continue?</source>
        <translation>Der Drucker meldet keine Versätze pro Werkzeug, daher kann Reticle sie nicht wiederherstellen: Nur tools_config.json wird wiederhergestellt. Stellen Sie die Versätze des Druckers von Hand ein. Fortfahren?</translation>
    </message>
    <message>
        <source>Send these commands (%1) to put back the offsets from before the apply, and restore the previous entries of tools_config.json?</source>
        <translation>Diese Befehle (%1) senden, um die Versätze von vor dem Anwenden wiederherzustellen, und die vorherigen Einträge von tools_config.json wiederherstellen?</translation>
    </message>
    <message>
        <source>The apply was undone; the previous offsets are back.</source>
        <translation>Das Anwenden wurde rückgängig gemacht; die vorherigen Versätze sind wieder da.</translation>
    </message>
</context>
<context>
    <name>reticle::sim</name>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
</context>
<context>
    <name>reticle::sim::SimulatorOptionsParser</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port of the Moonraker API (default 7125, 0 = any free port).</source>
        <translation>Port der Moonraker-API (Standard 7125, 0 = beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Number of extruder tools T0..Tn-1 (default 3).</source>
        <translation>Anzahl der Extruder-Werkzeuge T0..Tn-1 (Standard 3).</translation>
    </message>
    <message>
        <source>Hidden true tool offsets in mm, e.g. &quot;T1:0.3,-0.2;T2:0.1,0.4,0.05&quot;.</source>
        <translation>Verborgene wahre Werkzeugversätze in mm, z. B. &quot;T1:0.3,-0.2;T2:0.1,0.4,0.05&quot;.</translation>
    </message>
    <message>
        <source>Require this API key (default: no authentication).</source>
        <translation>Diesen API-Schlüssel verlangen (Standard: keine Authentifizierung).</translation>
    </message>
    <message>
        <source>Seed of the simulated position noise (default 1).</source>
        <translation>Startwert des simulierten Positionsrauschens (Standard 1).</translation>
    </message>
    <message>
        <source>Backlash per axis in mm (default 0).</source>
        <translation>Umkehrspiel je Achse in mm (Standard 0).</translation>
    </message>
    <message>
        <source>Standard deviation of the per-move position error in mm (default 0).</source>
        <translation>Standardabweichung des Positionsfehlers je Bewegung in mm (Standard 0).</translation>
    </message>
    <message>
        <source>How tool offsets are applied: transform (klipper-toolchanger since 2025-12) or homing-origin (older, via SET_GCODE_OFFSET).</source>
        <translation>Wie Werkzeugversätze angewendet werden: transform (klipper-toolchanger seit 2025-12) oder homing-origin (älter, über SET_GCODE_OFFSET).</translation>
    </message>
    <message>
        <source>Add the camera tool C0.</source>
        <translation>Das Kamerawerkzeug C0 hinzufügen.</translation>
    </message>
    <message>
        <source>Also offer the KTCC-style SET_TOOL_OFFSET command.</source>
        <translation>Zusätzlich den Befehl SET_TOOL_OFFSET im KTCC-Stil anbieten.</translation>
    </message>
    <message>
        <source>Maximum velocity in mm/s (default 300).</source>
        <translation>Höchstgeschwindigkeit in mm/s (Standard 300).</translation>
    </message>
    <message>
        <source>Maximum acceleration in mm/s² (default 3000).</source>
        <translation>Höchstbeschleunigung in mm/s² (Standard 3000).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>--api-port must be a port number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--api-port muss eine Portnummer von 0 bis 65535 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--tools must be a whole number from 1 to 16, not &apos;%1&apos;</source>
        <translation>--tools muss eine ganze Zahl von 1 bis 16 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--offset-model must be &apos;transform&apos; or &apos;homing-origin&apos;, not &apos;%1&apos;</source>
        <translation>--offset-model muss „transform“ oder „homing-origin“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--api-key must not be empty</source>
        <translation>--api-key darf nicht leer sein</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 4294967295 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--offsets is empty; expected e.g. &quot;T1:0.3,-0.2;T2:0.1,0.4,0.05&quot;</source>
        <translation>--offsets ist leer; erwartet z. B. &quot;T1:0.3,-0.2;T2:0.1,0.4,0.05&quot;</translation>
    </message>
    <message>
        <source>--offsets entry &apos;%1&apos; is not of the form T&lt;n&gt;:dx,dy[,dz]</source>
        <translation>--offsets-Eintrag „%1“ hat nicht die Form T&lt;n&gt;:dx,dy[,dz]</translation>
    </message>
    <message>
        <source>--offsets names &apos;%1&apos; but there is no such camera tool (use --camera-tool for C0)</source>
        <translation>--offsets nennt „%1“, aber dieses Kamerawerkzeug gibt es nicht (--camera-tool für C0 verwenden)</translation>
    </message>
    <message>
        <source>--offsets names tool T%1 but only T0 to T%2 exist</source>
        <translation>--offsets nennt Werkzeug T%1, es gibt aber nur T0 bis T%2</translation>
    </message>
    <message>
        <source>--offsets entry &apos;%1&apos; needs two or three numbers</source>
        <translation>--offsets-Eintrag „%1“ braucht zwei oder drei Zahlen</translation>
    </message>
    <message>
        <source>--offsets entry &apos;%1&apos;: &apos;%2&apos; is not an offset in mm (at most 50)</source>
        <translation>--offsets-Eintrag „%1“: „%2“ ist kein Versatz in mm (höchstens 50)</translation>
    </message>
    <message>
        <source>Add a server.webcams.list entry, e.g. &quot;name=bed;stream=/webcam/?action=stream;snapshot=;rotation=90;flip=h&quot; (repeatable).</source>
        <translation>Einen Eintrag für server.webcams.list hinzufügen, z. B. &quot;name=bed;stream=/webcam/?action=stream;snapshot=;rotation=90;flip=h&quot; (wiederholbar).</translation>
    </message>
    <message>
        <source>--webcam part &apos;%1&apos; is not of the form key=value</source>
        <translation>--webcam-Teil „%1“ hat nicht die Form Schlüssel=Wert</translation>
    </message>
    <message>
        <source>--webcam rotation must be 0, 90, 180 or 270, not &apos;%1&apos;</source>
        <translation>--webcam-Drehung muss 0, 90, 180 oder 270 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--webcam flip must be h, v or hv, not &apos;%1&apos;</source>
        <translation>--webcam-Spiegelung muss h, v oder hv sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--webcam has no setting &apos;%1&apos; (name, stream, snapshot, uid, service, rotation, flip)</source>
        <translation>--webcam hat keine Einstellung „%1“ (name, stream, snapshot, uid, service, rotation, flip)</translation>
    </message>
    <message>
        <source>--webcam needs at least name=... and stream=...</source>
        <translation>--webcam braucht mindestens name=... und stream=...</translation>
    </message>
    <message>
        <source>Push the status update right after each G-code script&apos;s reply (besides every 250 ms), so clients see the same order of events every run.</source>
        <translation>Die Statusaktualisierung direkt nach der Antwort auf jedes G-Code-Skript senden (zusätzlich zu alle 250 ms), damit Clients bei jedem Lauf dieselbe Reihenfolge der Ereignisse sehen.</translation>
    </message>
</context>
</TS>
