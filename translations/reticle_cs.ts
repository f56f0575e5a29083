<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>ApplyUndo</name>
    <message>
        <source>%1: the printer does not report this tool&apos;s offset.</source>
        <translation>%1: tiskárna nehlásí offset tohoto nástroje.</translation>
    </message>
    <message>
        <source>%1: X %2, Y %3 now; X %4, Y %5 applied.</source>
        <translation>%1: nyní X %2, Y %3; použito X %4, Y %5.</translation>
    </message>
    <message>
        <source>%1: the entry is no longer in the file.</source>
        <translation>%1: záznam už v souboru není.</translation>
    </message>
    <message>
        <source>%1: the measured offset in the file changed since it was saved.</source>
        <translation>%1: naměřený offset v souboru se od uložení změnil.</translation>
    </message>
</context>
<context>
    <name>AtomicJsonFile</name>
    <message>
        <source>%1: cannot be read: %2.</source>
        <translation>%1: nelze přečíst: %2.</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a JSON object.</source>
        <translation>%1: soubor je prázdný; očekáván objekt JSON.</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4 (the file is not valid JSON).</source>
        <translation>%1: řádek %2, sloupec %3: %4 (soubor není platný JSON).</translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level, found %2.</source>
        <translation>%1: na nejvyšší úrovni očekáván objekt JSON, nalezeno %2.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>pole</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>něco jiného</translation>
    </message>
    <message>
        <source>Not overwriting a file that does not parse. %1</source>
        <translation>Soubor, který nelze načíst, se nepřepisuje. %1</translation>
    </message>
    <message>
        <source>%1: cannot keep the previous version as %2.</source>
        <translation>%1: předchozí verzi nelze uchovat jako %2.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2.</source>
        <translation>%1: nelze zapsat: %2.</translation>
    </message>
</context>
<context>
    <name>CalibrateCommand</name>
    <message>
        <source>Calibrate the camera and measure every tool&apos;s offset (headless).</source>
        <translation>Zkalibrovat kameru a změřit ofset každého nástroje (bez grafického rozhraní).</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Zprávu %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>Camera map: %1, RMS %2 µm, max %3 µm%4</source>
        <translation>Zobrazení kamery: %1, RMS %2 µm, max. %3 µm%4</translation>
    </message>
    <message>
        <source> (saved)</source>
        <translation> (uloženo)</translation>
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
        <translation>API klíč Moonrakeru.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>klíč</translation>
    </message>
    <message>
        <source>Camera stream or snapshot URL.</source>
        <translation>URL proudu nebo snímku kamery.</translation>
    </message>
    <message>
        <source>Tools to measure, e.g. T0,T1,T2.</source>
        <translation>Nástroje k měření, např. T0,T1,T2.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>seznam</translation>
    </message>
    <message>
        <source>Reference tool (default: the first).</source>
        <translation>Referenční nástroj (výchozí: první).</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>nástroj</translation>
    </message>
    <message>
        <source>nozzle-camera (default) or camera-tool.</source>
        <translation>nozzle-camera (výchozí) nebo camera-tool.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>režim</translation>
    </message>
    <message>
        <source>Measurements per tool (default 3).</source>
        <translation>Měření na nástroj (výchozí 3).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>X,Y,Z where a nozzle is over the camera (default 150,150,20).</source>
        <translation>X,Y,Z, kde je tryska nad kamerou (výchozí 150,150,20).</translation>
    </message>
    <message>
        <source>x,y,z</source>
        <translation>x,y,z</translation>
    </message>
    <message>
        <source>Write offsets to the printer: none (default), auto, klipper-toolchanger, toolchanger-fork, ktcc, ktc, gcode-offset.</source>
        <translation>Zapsat ofsety do tiskárny: none (výchozí), auto, klipper-toolchanger, toolchanger-fork, ktcc, ktc, gcode-offset.</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>zapisovač</translation>
    </message>
    <message>
        <source>tools_config.json to update.</source>
        <translation>tools_config.json k aktualizaci.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>cesta</translation>
    </message>
    <message>
        <source>calibration.json to reuse and update.</source>
        <translation>calibration.json k opětovnému použití a aktualizaci.</translation>
    </message>
    <message>
        <source>Calibrate the camera even when a saved calibration fits.</source>
        <translation>Kalibrovat kameru, i když uložená kalibrace odpovídá.</translation>
    </message>
    <message>
        <source>Write the result as JSON to this file.</source>
        <translation>Zapsat výsledek jako JSON do tohoto souboru.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Vypsat výsledek jako JSON.</translation>
    </message>
    <message>
        <source>--camera needs the camera&apos;s URL</source>
        <translation>--camera vyžaduje URL kamery</translation>
    </message>
    <message>
        <source>--tools needs the tools to measure, e.g. T0,T1</source>
        <translation>--tools vyžaduje nástroje k měření, např. T0,T1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tool (use T0, T1, ...)</source>
        <translation>&apos;%1&apos; není nástroj (použijte T0, T1, ...)</translation>
    </message>
    <message>
        <source>--mode must be nozzle-camera or camera-tool, not &apos;%1&apos;</source>
        <translation>--mode musí být nozzle-camera nebo camera-tool, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--repeat must be a whole number from 1 to 50, not &apos;%1&apos;</source>
        <translation>--repeat musí být celé číslo od 1 do 50, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--camera-position must be X,Y,Z in mm, not &apos;%1&apos;</source>
        <translation>--camera-position musí být X,Y,Z v mm, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--apply must be none, auto, klipper-toolchanger, toolchanger-fork, ktcc, ktc or gcode-offset, not &apos;%1&apos;</source>
        <translation>--apply musí být none, auto, klipper-toolchanger, toolchanger-fork, ktcc, ktc nebo gcode-offset, ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Moonraker address, e.g. voron.local, http://10.0.0.5:7125 or ws://printer:7125/websocket.</source>
        <translation>Adresa Moonrakeru, např. voron.local, http://10.0.0.5:7125 nebo ws://printer:7125/websocket.</translation>
    </message>
    <message>
        <source>--printer needs the printer&apos;s address, e.g. voron.local or ws://voron.local:7125/websocket</source>
        <translation>--printer vyžaduje adresu tiskárny, např. voron.local nebo ws://voron.local:7125/websocket</translation>
    </message>
    <message>
        <source>Offsets relative to %1 (Klipper convention, mm):</source>
        <translation>Ofsety vůči %1 (konvence Klipperu, mm):</translation>
    </message>
    <message>
        <source>camera-tool mode: the printer&apos;s name of the camera tool (default C0).</source>
        <translation>režim kamerového nástroje: název kamerového nástroje v tiskárně (výchozí C0).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>název</translation>
    </message>
    <message>
        <source>camera-tool mode: X,Y of the first tool&apos;s mark on a clear part of the bed (default 50,250).</source>
        <translation>režim kamerového nástroje: X,Y značky prvního nástroje na volném místě podložky (výchozí 50,250).</translation>
    </message>
    <message>
        <source>x,y</source>
        <translation>x,y</translation>
    </message>
    <message>
        <source>camera-tool mode: distance in X between the tools&apos; marks, more than the camera&apos;s field of view (default 25).</source>
        <translation>režim kamerového nástroje: vzdálenost značek nástrojů v X, větší než zorné pole kamery (výchozí 25).</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>camera-tool mode: nozzle height while it extrudes (default 0.6).</source>
        <translation>režim kamerového nástroje: výška trysky při vytlačování (výchozí 0,6).</translation>
    </message>
    <message>
        <source>camera-tool mode: filament per mark (default 1.0).</source>
        <translation>režim kamerového nástroje: filament na jednu značku (výchozí 1,0).</translation>
    </message>
    <message>
        <source>camera-tool mode: extrusion feed (default 120).</source>
        <translation>režim kamerového nástroje: posuv při vytlačování (výchozí 120).</translation>
    </message>
    <message>
        <source>mm/min</source>
        <translation>mm/min</translation>
    </message>
    <message>
        <source>camera-tool mode: height for travel and tool changes (default 5).</source>
        <translation>režim kamerového nástroje: výška pro přejezdy a výměny nástrojů (výchozí 5).</translation>
    </message>
    <message>
        <source>camera-tool mode: agree to the tools extruding their marks (required).</source>
        <translation>režim kamerového nástroje: souhlas s tím, že nástroje vytlačí své značky (povinné).</translation>
    </message>
    <message>
        <source>--reference %1 must be the camera tool or one of --tools</source>
        <translation>--reference %1 musí být kamerový nástroj nebo jeden z --tools</translation>
    </message>
    <message>
        <source>camera-tool mode makes every tool extrude a mark on the bed; heat the tools, clear the bed at the mark positions and add --yes</source>
        <translation>v režimu kamerového nástroje vytlačí každý nástroj značku na podložku; nahřejte nástroje, uvolněte podložku v místech značek a přidejte --yes</translation>
    </message>
    <message>
        <source>--mark-position must be X,Y in mm, not &apos;%1&apos;</source>
        <translation>--mark-position musí být X,Y v mm, ne „%1“</translation>
    </message>
    <message>
        <source>--mark-spacing must be 1 to 200 mm, not &apos;%1&apos;</source>
        <translation>--mark-spacing musí být 1 až 200 mm, ne „%1“</translation>
    </message>
    <message>
        <source>--deposit-z must be 0 to 5 mm, not &apos;%1&apos;</source>
        <translation>--deposit-z musí být 0 až 5 mm, ne „%1“</translation>
    </message>
    <message>
        <source>--extrude must be 0.01 to 10 mm, not &apos;%1&apos;</source>
        <translation>--extrude musí být 0,01 až 10 mm, ne „%1“</translation>
    </message>
    <message>
        <source>--extrude-feed must be 10 to 1200 mm/min, not &apos;%1&apos;</source>
        <translation>--extrude-feed musí být 10 až 1200 mm/min, ne „%1“</translation>
    </message>
    <message>
        <source>--travel-z must be 0.5 to 100 mm and above --deposit-z, not &apos;%1&apos;</source>
        <translation>--travel-z musí být 0,5 až 100 mm a nad --deposit-z, ne „%1“</translation>
    </message>
</context>
<context>
    <name>CalibrationStore</name>
    <message>
        <source>an array of points</source>
        <translation>pole bodů</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>%1: transform: %2.</source>
        <translation>%1: transformace: %2.</translation>
    </message>
    <message>
        <source>%1: not saved because it was not loaded.</source>
        <translation>%1: neuloženo, protože nebylo načteno.</translation>
    </message>
</context>
<context>
    <name>CameraOptions</name>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 musí být číslo od %2 do %3, ne „%4“</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 musí být celé číslo od %2 do %3, ne „%4“</translation>
    </message>
    <message>
        <source>Port of the virtual camera&apos;s MJPEG server (0 = any free port).</source>
        <translation>Port MJPEG serveru virtuální kamery (0 = libovolný volný port).</translation>
    </message>
    <message>
        <source>What the virtual camera shows: &apos;nozzle&apos; (fixed camera looking up at the nozzle) or &apos;camera-tool&apos; (camera tool looking down at the bed).</source>
        <translation>Co virtuální kamera ukazuje: „nozzle“ (pevná kamera hledící vzhůru na trysku) nebo „camera-tool“ (kamerový nástroj hledící dolů na podložku).</translation>
    </message>
    <message>
        <source>Camera resolution, 640x480 up to 3840x2160.</source>
        <translation>Rozlišení kamery, 640x480 až 3840x2160.</translation>
    </message>
    <message>
        <source>Camera frame rate.</source>
        <translation>Snímková frekvence kamery.</translation>
    </message>
    <message>
        <source>Camera scale in micrometres per pixel.</source>
        <translation>Měřítko kamery v mikrometrech na pixel.</translation>
    </message>
    <message>
        <source>Camera rotation in degrees (positive turns the image clockwise).</source>
        <translation>Natočení kamery ve stupních (kladné otáčí obraz po směru hodinových ručiček).</translation>
    </message>
    <message>
        <source>Mirror the camera image horizontally.</source>
        <translation>Zrcadlit obraz kamery vodorovně.</translation>
    </message>
    <message>
        <source>Sensor noise in grey levels (0 = none).</source>
        <translation>Šum snímače v úrovních šedi (0 = žádný).</translation>
    </message>
    <message>
        <source>JPEG quality of the camera frames (1-100).</source>
        <translation>Kvalita JPEG snímků kamery (1–100).</translation>
    </message>
    <message>
        <source>A frame shows the printer as it was this many milliseconds earlier.</source>
        <translation>Snímek ukazuje tiskárnu tak, jak vypadala o tolik milisekund dříve.</translation>
    </message>
    <message>
        <source>Camera focus setting, 0-30 like the camera bus (15 = sharp at the default distance).</source>
        <translation>Nastavení ostření kamery, 0–30 jako na kamerové sběrnici (15 = ostré ve výchozí vzdálenosti).</translation>
    </message>
    <message>
        <source>Toolhead vibration amplitude in micrometres while moving (0 = none).</source>
        <translation>Amplituda vibrací tiskové hlavy v mikrometrech během pohybu (0 = žádné).</translation>
    </message>
    <message>
        <source>Show a drop of filament hanging off the nozzle.</source>
        <translation>Zobrazit kapku filamentu visící z trysky.</translation>
    </message>
    <message>
        <source>Even illumination: no brightness gradient or vignetting.</source>
        <translation>Rovnoměrné osvětlení: bez přechodu jasu a bez vinětace.</translation>
    </message>
    <message>
        <source>Bed position of the printed fiducial target in mm.</source>
        <translation>Poloha vytištěné referenční značky na podložce v mm.</translation>
    </message>
    <message>
        <source>--camera-mode must be &apos;nozzle&apos; or &apos;camera-tool&apos;, not &apos;%1&apos;</source>
        <translation>--camera-mode musí být „nozzle“ nebo „camera-tool“, ne „%1“</translation>
    </message>
    <message>
        <source>--resolution must be WIDTHxHEIGHT from 640x480 to 3840x2160, not &apos;%1&apos;</source>
        <translation>--resolution musí být ŠÍŘKAxVÝŠKA od 640x480 do 3840x2160, ne „%1“</translation>
    </message>
    <message>
        <source>--fiducial must be X,Y in mm, not &apos;%1&apos;</source>
        <translation>--fiducial musí být X,Y v mm, ne „%1“</translation>
    </message>
    <message>
        <source>Pick each frame&apos;s sensor noise by what it shows instead of by the frame counter: the same scene always gives the same frame (reproducible runs).</source>
        <translation>Volit šum snímače každého snímku podle toho, co zobrazuje, místo podle počítadla snímků: stejná scéna dá vždy stejný snímek (opakovatelné běhy).</translation>
    </message>
    <message>
        <source>Hide the nozzle tips of these tools (comma-separated tool numbers) under a lump of filament, so that detection fails and the nozzle must be clicked.</source>
        <translation>Skrýt špičky trysek těchto nástrojů (čísla nástrojů oddělená čárkami) pod hrudkou filamentu, takže detekce selže a na trysku je nutné kliknout.</translation>
    </message>
    <message>
        <source>--occlude-tools must be tool numbers from 0 to 99 separated by commas, not &apos;%1&apos;</source>
        <translation>--occlude-tools musí být čísla nástrojů od 0 do 99 oddělená čárkami, ne &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CameraProfile</name>
    <message>
        <source>MJPEG stream</source>
        <translation>Proud MJPEG</translation>
    </message>
    <message>
        <source>Snapshot polling</source>
        <translation>Dotazování snímků</translation>
    </message>
    <message>
        <source>Video stream or file (RTSP, H.264)</source>
        <translation>Videoproud nebo soubor (RTSP, H.264)</translation>
    </message>
    <message>
        <source>Camera on this computer</source>
        <translation>Kamera na tomto počítači</translation>
    </message>
</context>
<context>
    <name>CameraService</name>
    <message>
        <source>The virtual camera cannot listen on port %1: %2</source>
        <translation>Virtuální kamera nemůže naslouchat na portu %1: %2</translation>
    </message>
</context>
<context>
    <name>CamerasCommand</name>
    <message>
        <source>List the printer&apos;s webcams with their stream and snapshot URLs.</source>
        <translation>Vypsat webkamery tiskárny s adresami streamu a snímku.</translation>
    </message>
    <message>
        <source>Print the cameras as JSON.</source>
        <translation>Vypsat kamery jako JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>neočekávaný argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No webcams configured.</source>
        <translation>Nejsou nastaveny žádné webkamery.</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (vypnuto)</translation>
    </message>
    <message>
        <source>  stream:   %1</source>
        <translation>  stream:   %1</translation>
    </message>
    <message>
        <source>  snapshot: %1</source>
        <translation>  snímek:   %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>flipped horizontally</source>
        <translation>zrcadleno vodorovně</translation>
    </message>
    <message>
        <source>flipped vertically</source>
        <translation>zrcadleno svisle</translation>
    </message>
    <message>
        <source>rotated %1°</source>
        <translation>otočeno o %1°</translation>
    </message>
</context>
<context>
    <name>CentringLoop</name>
    <message>
        <source>Centring took longer than %1 s.</source>
        <translation>Centrování trvalo déle než %1 s.</translation>
    </message>
    <message>
        <source>No nozzle found in the camera image.</source>
        <translation>V obraze kamery nebyla nalezena žádná tryska.</translation>
    </message>
    <message>
        <source>The nozzle is still %1 µm from the centre after %2 moves.</source>
        <translation>Tryska je po %2 pohybech stále %1 µm od středu.</translation>
    </message>
</context>
<context>
    <name>CliDispatcher</name>
    <message>
        <source>Usage: reticle-cli &lt;command&gt; [options]
Headless jobs of Reticle, the calibration workstation for multi-tool printers.

Commands:
</source>
        <translation>Použití: reticle-cli &lt;příkaz&gt; [volby]
Úlohy Reticle bez grafického rozhraní, kalibrační stanice pro vícenástrojové tiskárny.

Příkazy:
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
Volby:
  --lang &lt;kód&gt;   Jazyk zpráv (před příkazem): en, de, cs.
  -h, --help     Zobrazit tuto nápovědu; &apos;reticle-cli &lt;příkaz&gt; --help&apos; pro příkaz.
  -v, --version  Zobrazit verzi.
</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (available: %2)</source>
        <translation>neznámý jazyk &apos;%1&apos; (k dispozici: %2)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>neznámá volba &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>neznámý příkaz &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.
</source>
        <translation>Více informací získáte příkazem &apos;%1 --help&apos;.
</translation>
    </message>
    <message>
        <source>User interface language: %1 (default: the system&apos;s).</source>
        <translation>Jazyk uživatelského rozhraní: %1 (výchozí: jazyk systému).</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (available: %2)</source>
        <translation>neznámý jazyk &apos;%1&apos; (k dispozici: %2)</translation>
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
        <translation>Najít trysku v obrazových souborech a vypsat její střed, poloměr a spolehlivost.</translation>
    </message>
    <message>
        <source>Print one JSON object per image.</source>
        <translation>Vypsat jeden objekt JSON na obrázek.</translation>
    </message>
    <message>
        <source>Smallest nozzle bore radius to accept, pixels.</source>
        <translation>Nejmenší přijatelný poloměr otvoru trysky, pixely.</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Largest nozzle bore radius to accept, pixels.</source>
        <translation>Největší přijatelný poloměr otvoru trysky, pixely.</translation>
    </message>
    <message>
        <source>Image files (PNG, JPEG, BMP, ...).</source>
        <translation>Obrazové soubory (PNG, JPEG, BMP, ...).</translation>
    </message>
    <message>
        <source>--%1 needs a positive number of pixels, not &apos;%2&apos;</source>
        <translation>--%1 vyžaduje kladný počet pixelů, ne &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--radius-min must be smaller than --radius-max</source>
        <translation>--radius-min musí být menší než --radius-max</translation>
    </message>
    <message>
        <source>no image given</source>
        <translation>nebyl zadán žádný obrázek</translation>
    </message>
    <message>
        <source>%1: cannot read the image (missing file or unsupported format)</source>
        <translation>%1: obrázek nelze přečíst (chybí soubor nebo nepodporovaný formát)</translation>
    </message>
    <message>
        <source>%1: nozzle at x %2, y %3 px, radius %4 px, confidence %5</source>
        <translation>%1: tryska na x %2, y %3 px, poloměr %4 px, spolehlivost %5</translation>
    </message>
    <message>
        <source>%1: no nozzle found (%2)</source>
        <translation>%1: tryska nenalezena (%2)</translation>
    </message>
</context>
<context>
    <name>Detection</name>
    <message>
        <source>Found</source>
        <translation>Nalezeno</translation>
    </message>
    <message>
        <source>The image is empty or has an unsupported format</source>
        <translation>Obraz je prázdný nebo má nepodporovaný formát</translation>
    </message>
    <message>
        <source>Nothing that looks like the target</source>
        <translation>Nic, co by vypadalo jako cíl</translation>
    </message>
    <message>
        <source>The best candidate is too weak to trust</source>
        <translation>Nejlepší kandidát je příliš slabý, než aby se mu dalo věřit</translation>
    </message>
    <message>
        <source>Several candidates are equally likely; refusing to guess</source>
        <translation>Několik kandidátů je stejně pravděpodobných; odhad se odmítá</translation>
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
        <translation>Simulovaná tiskárna nemůže naslouchat: %1</translation>
    </message>
</context>
<context>
    <name>FocusPeakFit</name>
    <message>
        <source>A focus sweep needs at least three usable points.</source>
        <translation>Průchod ostřením potřebuje alespoň tři použitelné body.</translation>
    </message>
    <message>
        <source>The sharpest image is at the end of the sweep; widen the sweep.</source>
        <translation>Nejostřejší obraz je na konci průchodu; rozšiřte průchod.</translation>
    </message>
    <message>
        <source>The focus samples do not determine a peak.</source>
        <translation>Vzorky ostření neurčují maximum.</translation>
    </message>
    <message>
        <source>The sharpness curve has no maximum inside the sweep.</source>
        <translation>Křivka ostrosti nemá uvnitř průchodu maximum.</translation>
    </message>
    <message>
        <source>The fitted best focus lies outside the sweep.</source>
        <translation>Proložené nejlepší zaostření leží mimo průchod.</translation>
    </message>
</context>
<context>
    <name>FocusRunLog</name>
    <message>
        <source>Cannot create the folder %1 for the focus log.</source>
        <translation>Nelze vytvořit složku %1 pro protokol ostření.</translation>
    </message>
    <message>
        <source>The focus log is not open.</source>
        <translation>Protokol ostření není otevřen.</translation>
    </message>
    <message>
        <source>Cannot write the focus log %1: %2</source>
        <translation>Protokol ostření %1 nelze zapsat: %2</translation>
    </message>
</context>
<context>
    <name>FocusSweep</name>
    <message>
        <source>The sharpest image is at the end of the coarse sweep (%1); bring the nozzle closer to focus or widen the coarse range.</source>
        <translation>Nejostřejší obraz je na konci hrubého průchodu (%1); přibližte trysku k ohnisku nebo rozšiřte hrubý rozsah.</translation>
    </message>
    <message>
        <source>Fine pass: %1</source>
        <translation>Jemný průchod: %1</translation>
    </message>
</context>
<context>
    <name>GcodeCommand</name>
    <message>
        <source>Run G-code on the printer and print its responses.</source>
        <translation>Spustit G-kód na tiskárně a vypsat její odpovědi.</translation>
    </message>
    <message>
        <source>G-code lines; \n separates lines.</source>
        <translation>Řádky G-kódu; \n odděluje řádky.</translation>
    </message>
    <message>
        <source>&quot;G28\nG0 X10&quot;</source>
        <translation>&quot;G28\nG0 X10&quot;</translation>
    </message>
    <message>
        <source>no G-code given</source>
        <translation>nebyl zadán žádný G-kód</translation>
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
        <translation>Nebylo nalezeno žádné rozšíření měniče nástrojů: SET_GCODE_OFFSET nastaví jeden globální ofset, správný jen pro aktivní nástroj, a neuloží se. Zapište hodnoty do svých maker pro výměnu nástroje.</translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>Reticle: camera calibration workstation for multi-tool 3D printers.</source>
        <translation>Reticle: kamerová kalibrační stanice pro vícenástrojové 3D tiskárny.</translation>
    </message>
    <message>
        <source>Run against the built-in simulated printer and camera.</source>
        <translation>Pracovat s vestavěnou simulovanou tiskárnou a kamerou.</translation>
    </message>
    <message>
        <source>Run without a display (offscreen rendering).</source>
        <translation>Běžet bez displeje (vykreslování mimo obrazovku).</translation>
    </message>
    <message>
        <source>Start with the default window layout.</source>
        <translation>Spustit s výchozím rozvržením oken.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window once it is shown, then quit.</source>
        <translation>Po zobrazení uložit hlavní okno jako PNG a skončit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>soubor</translation>
    </message>
    <message>
        <source>Read and write settings in this INI file instead of the user&apos;s.</source>
        <translation>Číst a zapisovat nastavení v tomto souboru INI místo uživatelského.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>neočekávaný argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write the screenshot: folder &apos;%1&apos; does not exist</source>
        <translation>snímek obrazovky nelze zapsat: složka &apos;%1&apos; neexistuje</translation>
    </message>
    <message>
        <source>Calibration mode of the headless demo: nozzle-camera (default) or camera-tool.</source>
        <translation>Režim kalibrace dema bez displeje: nozzle-camera (výchozí) nebo camera-tool.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>režim</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (available: nozzle-camera, camera-tool)</source>
        <translation>neznámý režim &apos;%1&apos; (k dispozici: nozzle-camera, camera-tool)</translation>
    </message>
    <message>
        <source>--mode applies to the headless demo only (--demo --headless)</source>
        <translation>--mode platí jen pro demo bez displeje (--demo --headless)</translation>
    </message>
</context>
<context>
    <name>HeadlessDemo</name>
    <message>
        <source>Reticle demo (seed %1): simulated printer with %2 tools, camera rotated %3°%4, 0.02 mm backlash</source>
        <translation>Ukázka Reticle (semínko %1): simulovaná tiskárna s %2 nástroji, kamera otočená o %3°%4, vůle 0,02 mm</translation>
    </message>
    <message>
        <source> and mirrored</source>
        <translation> a zrcadlená</translation>
    </message>
    <message>
        <source>The simulator did not start: %1</source>
        <translation>Simulátor se nespustil: %1</translation>
    </message>
    <message>
        <source>Simulated nozzle camera</source>
        <translation>Simulovaná kamera trysky</translation>
    </message>
    <message>
        <source>The calibration failed: %1</source>
        <translation>Kalibrace selhala: %1</translation>
    </message>
    <message>
        <source>Camera map: %1, RMS %2 µm over the calibration points</source>
        <translation>Zobrazení kamery: %1, RMS %2 µm přes kalibrační body</translation>
    </message>
    <message>
        <source>tool    true X    true Y   found X   found Y   error X/Y (µm)   std X/Y (µm)  moves</source>
        <translation>nástr.  skut. X   skut. Y  nalez. X  nalez. Y  chyba X/Y (µm)   odch. X/Y (µm) pohyby</translation>
    </message>
    <message>
        <source>Largest error: %1 µm (target 5 µm)</source>
        <translation>Největší chyba: %1 µm (cíl 5 µm)</translation>
    </message>
    <message>
        <source>Camera-tool mode: every tool deposits a mark and the camera tool C0 measures it (offsets relative to C0)</source>
        <translation>Režim kamerového nástroje: každý nástroj nanese značku a kamerový nástroj C0 ji změří (ofsety vůči C0)</translation>
    </message>
    <message>
        <source>Simulated camera tool</source>
        <translation>Simulovaný kamerový nástroj</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show versions, the settings file and the available languages.</source>
        <translation>Zobrazit verze, soubor nastavení a dostupné jazyky.</translation>
    </message>
    <message>
        <source>Print the information as JSON.</source>
        <translation>Vypsat údaje jako JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>neočekávaný argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Reticle %1</source>
        <translation>Reticle %1</translation>
    </message>
    <message>
        <source>Qt:            %1</source>
        <translation>Qt:                %1</translation>
    </message>
    <message>
        <source>OpenCV:        %1</source>
        <translation>OpenCV:            %1</translation>
    </message>
    <message>
        <source>libmosquitto:  %1</source>
        <translation>libmosquitto:      %1</translation>
    </message>
    <message>
        <source>System:        %1</source>
        <translation>Systém:            %1</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Soubor nastavení:  %1</translation>
    </message>
    <message>
        <source>Languages:     %1</source>
        <translation>Jazyky:            %1</translation>
    </message>
</context>
<context>
    <name>InfoOverlay</name>
    <message>
        <source>zoom %1×</source>
        <translation>zvětšení %1×</translation>
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
        <translation>logická hodnota</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>číslo %1</translation>
    </message>
    <message>
        <source>a non-finite number</source>
        <translation>nekonečné číslo</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>řetězec</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>pole</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>%1: %2: expected %3, found %4.</source>
        <translation>%1: %2: očekáváno %3, nalezeno %4.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>číslo</translation>
    </message>
    <message>
        <source>a finite number within ±%1</source>
        <translation>konečné číslo v rozsahu ±%1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>celé číslo</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true nebo false</translation>
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
        <translation>KTCC uchovává ofsety jen v paměti: zkopírujte nové hodnoty do řádku offset v každé sekci [tool] konfigurace tiskárny.</translation>
    </message>
</context>
<context>
    <name>MapFit</name>
    <message>
        <source>RMS %1 µm over %2 points (%3 rejected as outliers), largest %4 µm. With random, normally distributed errors about 63 % of the points lie within 1×RMS (%1 µm) and 98 % within 2×RMS (%5 µm); here %6 % and %7 % do.</source>
        <translation>RMS %1 µm přes %2 bodů (%3 vyřazeno jako odlehlé), největší %4 µm. Při náhodných, normálně rozdělených chybách leží asi 63 % bodů do 1×RMS (%1 µm) a 98 % do 2×RMS (%5 µm); zde je to %6 % a %7 %.</translation>
    </message>
</context>
<context>
    <name>MapFitter</name>
    <message>
        <source>A point has a non-finite coordinate.</source>
        <translation>Bod má nekonečnou souřadnici.</translation>
    </message>
    <message>
        <source>The %1 model needs at least %2 points; %3 given.</source>
        <translation>Model %1 potřebuje alespoň %2 bodů; zadáno %3.</translation>
    </message>
    <message>
        <source>The points are degenerate for the %1 model (all on a line, or repeated).</source>
        <translation>Body jsou pro model %1 degenerované (všechny na přímce nebo opakované).</translation>
    </message>
</context>
<context>
    <name>MoveCalibrationPlanner</name>
    <message>
        <source>The nozzle is too close to the edge of the image; centre it and start again.</source>
        <translation>Tryska je příliš blízko okraje obrazu; vycentrujte ji a začněte znovu.</translation>
    </message>
    <message>
        <source>The free field around the nozzle is too small for a calibration pattern (%1 mm); centre the nozzle and start again.</source>
        <translation>Volné pole kolem trysky je pro kalibrační vzor příliš malé (%1 mm); vycentrujte trysku a začněte znovu.</translation>
    </message>
    <message>
        <source>The calibration fit failed: %1</source>
        <translation>Proložení kalibrace selhalo: %1</translation>
    </message>
    <message>
        <source>Only %1 of %2 calibration points (%3 %) survived (%4 not detected, %5 rejected as outliers); at least %6 % are needed. Check focus and lighting, and that the printer does not skip steps.</source>
        <translation>Zůstalo jen %1 z %2 kalibračních bodů (%3 %) (%4 nerozpoznáno, %5 vyřazeno jako odlehlé); potřeba je alespoň %6 %. Zkontrolujte zaostření a osvětlení a zda tiskárna neztrácí kroky.</translation>
    </message>
    <message>
        <source>The calibration is not running.</source>
        <translation>Kalibrace neběží.</translation>
    </message>
    <message>
        <source>No nozzle detected at the start position; centre it over the camera and try again.</source>
        <translation>Ve výchozí poloze nebyla rozpoznána žádná tryska; vycentrujte ji nad kamerou a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The nozzle was lost during the probe move of %1 mm.</source>
        <translation>Tryska se ztratila během zkušebního pohybu o %1 mm.</translation>
    </message>
    <message>
        <source>The nozzle did not move in the image when the printer moved %1 mm; check that the camera sees the tool that moves.</source>
        <translation>Tryska se v obraze nepohnula, když se tiskárna posunula o %1 mm; zkontrolujte, že kamera vidí pohybující se nástroj.</translation>
    </message>
    <message>
        <source>Moves in X and Y go the same way in the image; the camera or the axes are not what they seem.</source>
        <translation>Pohyby v X a Y vedou v obraze stejným směrem; kamera nebo osy nejsou tím, čím se zdají.</translation>
    </message>
</context>
<context>
    <name>PixelMap</name>
    <message>
        <source>model: expected one of axis_scale, similarity, affine, quadratic</source>
        <translation>model: očekáváno axis_scale, similarity, affine nebo quadratic</translation>
    </message>
    <message>
        <source>pixel_origin: expected an array of two numbers</source>
        <translation>pixel_origin: očekáváno pole dvou čísel</translation>
    </message>
    <message>
        <source>pixel_scale: expected a positive number</source>
        <translation>pixel_scale: očekáváno kladné číslo</translation>
    </message>
    <message>
        <source>%1: expected an array of six numbers</source>
        <translation>%1: očekáváno pole šesti čísel</translation>
    </message>
    <message>
        <source>%1[%2]: expected a finite number</source>
        <translation>%1[%2]: očekáváno konečné číslo</translation>
    </message>
    <message>
        <source>the transform has non-finite values</source>
        <translation>transformace má nekonečné hodnoty</translation>
    </message>
</context>
<context>
    <name>PrinterCliSession</name>
    <message>
        <source>Moonraker address, e.g. voron.local or http://10.0.0.5:7125.</source>
        <translation>Adresa Moonrakeru, např. voron.local nebo http://10.0.0.5:7125.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Moonraker API key (sent as X-Api-Key).</source>
        <translation>API klíč Moonrakeru (posílá se jako X-Api-Key).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KLÍČ</translation>
    </message>
    <message>
        <source>Trade the API key for a oneshot token first.</source>
        <translation>Nejprve vyměnit API klíč za jednorázový token.</translation>
    </message>
    <message>
        <source>Seconds to wait for the printer (default 15).</source>
        <translation>Kolik sekund čekat na tiskárnu (výchozí 15).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDY</translation>
    </message>
    <message>
        <source>Log the Moonraker traffic on stderr.</source>
        <translation>Vypisovat komunikaci s Moonrakerem na stderr.</translation>
    </message>
    <message>
        <source>--printer is required</source>
        <translation>--printer je povinný</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a printer address</source>
        <translation>&apos;%1&apos; není adresa tiskárny</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 3600</source>
        <translation>--timeout vyžaduje počet sekund mezi 0 a 3600</translation>
    </message>
    <message>
        <source>Klipper is not ready (%1): %2</source>
        <translation>Klipper není připraven (%1): %2</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Žádné spojení s %1 během %2 s.</translation>
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
        <translation>Není připojeno k tiskárně.</translation>
    </message>
    <message>
        <source>The connection to Moonraker was lost.</source>
        <translation>Spojení s Moonrakerem bylo ztraceno.</translation>
    </message>
    <message>
        <source>The connection to Moonraker was lost: %1</source>
        <translation>Spojení s Moonrakerem bylo ztraceno: %1</translation>
    </message>
    <message>
        <source>No reply from Moonraker within %1 s.</source>
        <translation>Žádná odpověď od Moonrakeru do %1 s.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Požadavek byl zrušen.</translation>
    </message>
    <message>
        <source>Unexpected reply from Moonraker: %1</source>
        <translation>Neočekávaná odpověď od Moonrakeru: %1</translation>
    </message>
</context>
<context>
    <name>PrinterState</name>
    <message>
        <source>unknown</source>
        <translation>neznámý</translation>
    </message>
    <message>
        <source>Klipper disconnected</source>
        <translation>Klipper odpojen</translation>
    </message>
    <message>
        <source>Klipper starting</source>
        <translation>Klipper startuje</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>připraven</translation>
    </message>
    <message>
        <source>shutdown</source>
        <translation>vypnut</translation>
    </message>
    <message>
        <source>Klipper error</source>
        <translation>Chyba Klipperu</translation>
    </message>
</context>
<context>
    <name>ProbeCameraCommand</name>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Connect to a camera for a few seconds and report its stream, frame rate, decode time and latency.</source>
        <translation>Na několik sekund se připojí ke kameře a vypíše stream, snímkovou frekvenci, dobu dekódování a latenci.</translation>
    </message>
    <message>
        <source>Camera URL: an MJPEG stream, a snapshot URL, rtsp://…, a video file.</source>
        <translation>URL kamery: stream MJPEG, URL snímku, rtsp://…, video soubor.</translation>
    </message>
    <message>
        <source>How long to read the camera (default 5).</source>
        <translation>Jak dlouho číst kameru (výchozí 5).</translation>
    </message>
    <message>
        <source>Source type: auto, mjpeg, snapshot, media or local (default auto).</source>
        <translation>Typ zdroje: auto, mjpeg, snapshot, media nebo local (výchozí auto).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Vypsat výsledek jako JSON.</translation>
    </message>
    <message>
        <source>a camera URL is required</source>
        <translation>je nutná URL kamery</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>neočekávaný argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seconds must be a whole number from 1 to 3600</source>
        <translation>--seconds musí být celé číslo od 1 do 3600</translation>
    </message>
    <message>
        <source>unknown --type &apos;%1&apos; (use auto, mjpeg, snapshot, media or local)</source>
        <translation>neznámý --type &apos;%1&apos; (použijte auto, mjpeg, snapshot, media nebo local)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL</source>
        <translation>&apos;%1&apos; není URL</translation>
    </message>
    <message>
        <source>URL:          %1</source>
        <translation>URL:          %1</translation>
    </message>
    <message>
        <source>Source:       %1</source>
        <translation>Zdroj:        %1</translation>
    </message>
    <message>
        <source>Stream type:  %1</source>
        <translation>Typ streamu:  %1</translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation>Typ obsahu:   %1</translation>
    </message>
    <message>
        <source>Boundary:     %1</source>
        <translation>Hranice:      %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádná</translation>
    </message>
    <message>
        <source>Resolution:   %1×%2</source>
        <translation>Rozlišení:    %1×%2</translation>
    </message>
    <message>
        <source>Frames:       %1 in %2 s (%3 fps), %4 dropped</source>
        <translation>Snímky:       %1 za %2 s (%3 fps), %4 zahozeno</translation>
    </message>
    <message>
        <source>Decode:       %1 mean, %2 p95</source>
        <translation>Dekódování:   %1 průměr, %2 p95</translation>
    </message>
    <message>
        <source>Latency:      %1 median, %2 p95%3</source>
        <translation>Latence:      %1 medián, %2 p95%3</translation>
    </message>
    <message>
        <source> (from source timestamps)</source>
        <translation> (z časových razítek zdroje)</translation>
    </message>
    <message>
        <source>Bytes:        %1 (%2 kbit/s)</source>
        <translation>Bajty:        %1 (%2 kbit/s)</translation>
    </message>
    <message>
        <source>State:        %1, %2 reconnects</source>
        <translation>Stav:         %1, %2 opětovných připojení</translation>
    </message>
    <message>
        <source>Errors:       %1</source>
        <translation>Chyby:        %1</translation>
    </message>
    <message>
        <source>reticle-cli probe-camera: no frame received from %1: %2</source>
        <translation>reticle-cli probe-camera: z %1 nepřišel žádný snímek: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>důvod neuveden</translation>
    </message>
</context>
<context>
    <name>ReticleOverlay</name>
    <message>
        <source>No reticle</source>
        <translation>Bez záměrného kříže</translation>
    </message>
    <message>
        <source>Crosshair</source>
        <translation>Záměrný kříž</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kruh</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Mřížka</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>Pravítko</translation>
    </message>
    <message>
        <source>grid %1 %2</source>
        <translation>mřížka %1 %2</translation>
    </message>
    <message>
        <source>tick %1 %2</source>
        <translation>dílek %1 %2</translation>
    </message>
</context>
<context>
    <name>RrfG10Exporter</name>
    <message>
        <source>RepRapFirmware G10 (export)</source>
        <translation>RepRapFirmware G10 (export)</translation>
    </message>
    <message>
        <source>For a RepRapFirmware machine: the signs are flipped because RRF subtracts tool offsets, and Z is always written because G10 keeps the old value of an omitted axis.</source>
        <translation>Pro stroj s RepRapFirmware: znaménka jsou obrácena, protože RRF ofsety nástrojů odečítá, a Z se zapisuje vždy, protože G10 u vynechané osy ponechá starou hodnotu.</translation>
    </message>
</context>
<context>
    <name>ScaleFromLine</name>
    <message>
        <source>Enter the length of the reference in millimetres.</source>
        <translation>Zadejte délku reference v milimetrech.</translation>
    </message>
    <message>
        <source>Draw a line of at least %1 px over the reference (this one is %2 px).</source>
        <translation>Nakreslete přes referenci čáru dlouhou alespoň %1 px (tato má %2 px).</translation>
    </message>
</context>
<context>
    <name>ScaleLineOverlay</name>
    <message>
        <source>%1 px (no scale set)</source>
        <translation>%1 px (měřítko není nastaveno)</translation>
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
        <translation>Obraz se během %1 snímků neustálil.</translation>
    </message>
</context>
<context>
    <name>SignalStateOverlay</name>
    <message>
        <source>No camera</source>
        <translation>Žádná kamera</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <source>Stalled: no new frame</source>
        <translation>Zaseknuto: žádný nový snímek</translation>
    </message>
    <message>
        <source>No signal: reconnecting in %1 s</source>
        <translation>Žádný signál: nové připojení za %1 s</translation>
    </message>
    <message>
        <source>No signal: reconnecting</source>
        <translation>Žádný signál: znovu se připojuje</translation>
    </message>
    <message>
        <source>No signal: the camera failed</source>
        <translation>Žádný signál: kamera selhala</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the printer&apos;s state, position, homed axes, tools and offsets.</source>
        <translation>Zobrazit stav tiskárny, polohu, zaparkované osy, nástroje a posuny.</translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation>Vypsat stav jako JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>neočekávaný argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Printer:     %1</source>
        <translation>Tiskárna:    %1</translation>
    </message>
    <message>
        <source>Klipper:     %1</source>
        <translation>Klipper:     %1</translation>
    </message>
    <message>
        <source>Message:     %1</source>
        <translation>Zpráva:      %1</translation>
    </message>
    <message>
        <source>Position:    %1</source>
        <translation>Poloha:      %1</translation>
    </message>
    <message>
        <source>Homed axes:  %1</source>
        <translation>Zaparkované osy: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>Axis limits: %1 to %2</source>
        <translation>Meze os:     %1 až %2</translation>
    </message>
    <message>
        <source>Busy:        %1</source>
        <translation>Zaneprázdněn: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Tools:       none reported</source>
        <translation>Nástroje:    žádné nehlášeny</translation>
    </message>
    <message>
        <source>Tools (offsets X Y Z in mm):</source>
        <translation>Nástroje (posuny X Y Z v mm):</translation>
    </message>
</context>
<context>
    <name>StreamHealth</name>
    <message>
        <source>%1 fps</source>
        <translation>%1 sn/s</translation>
    </message>
    <message>
        <source> · %1 ms latency</source>
        <translation> · latence %1 ms</translation>
    </message>
    <message>
        <source> · %1 Mbit/s</source>
        <translation> · %1 Mbit/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámý</translation>
    </message>
    <message>
        <source>good</source>
        <translation>dobrý</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>zhoršený</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritický</translation>
    </message>
</context>
<context>
    <name>StreamStateMachine</name>
    <message>
        <source>idle</source>
        <translation>nečinný</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>připojuje se</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>vysílá</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>zaseknutý</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>znovu se připojuje</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>selhal</translation>
    </message>
    <message>
        <source>No frame within %1 s of connecting.</source>
        <translation>Žádný snímek do %1 s od připojení.</translation>
    </message>
    <message>
        <source>No frame for %1 s.</source>
        <translation>Žádný snímek po dobu %1 s.</translation>
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
        <translation>pole nástrojů</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>%1: not saved because it was not loaded.</source>
        <translation>%1: neuloženo, protože nebylo načteno.</translation>
    </message>
</context>
<context>
    <name>WizardReadiness</name>
    <message>
        <source>Frames from this camera carry no capture time and arrive a few frames after they were taken, so a measurement may use a picture from before a move ended.</source>
        <translation>Snímky z této kamery nenesou čas pořízení a přicházejí o několik snímků později, než byly pořízeny, takže měření může použít obraz z doby před dokončením pohybu.</translation>
    </message>
    <message>
        <source>For calibration, use the camera&apos;s MJPEG stream (crowsnest, ustreamer and camera-streamer serve one). Start anyway?</source>
        <translation>Pro kalibraci použijte MJPEG stream kamery (crowsnest, ustreamer i camera-streamer jej poskytují). Přesto spustit?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Simulated nozzle camera</source>
        <translation>Simulovaná kamera trysky</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Ukázka</translation>
    </message>
</context>
<context>
    <name>reticle-sim</name>
    <message>
        <source>Simulated Moonraker printer and camera servers for Reticle&apos;s demo and tests.</source>
        <translation>Simulované servery tiskárny Moonraker a kamery pro ukázku a testy Reticle.</translation>
    </message>
    <message>
        <source>reticle-sim: cannot listen on %1:%2: %3
</source>
        <translation>reticle-sim: nelze naslouchat na %1:%2: %3
</translation>
    </message>
    <message>
        <source>Moonraker websocket: %1</source>
        <translation>Websocket Moonrakeru: %1</translation>
    </message>
    <message>
        <source>Moonraker HTTP: %1</source>
        <translation>HTTP Moonrakeru: %1</translation>
    </message>
    <message>
        <source>Camera stream: %1</source>
        <translation>Proud kamery: %1</translation>
    </message>
    <message>
        <source>Camera snapshot: %1</source>
        <translation>Snímek kamery: %1</translation>
    </message>
    <message>
        <source>API key required: %1</source>
        <translation>Vyžadován klíč API: %1</translation>
    </message>
</context>
<context>
    <name>reticle::AboutDialog</name>
    <message>
        <source>About Reticle</source>
        <translation>O aplikaci Reticle</translation>
    </message>
    <message>
        <source>Camera calibration workstation for multi-tool 3D printers: tool offsets, camera calibration and visual quality control through Moonraker.</source>
        <translation>Kamerová kalibrační stanice pro vícenástrojové 3D tiskárny: ofsety nástrojů, kalibrace kamery a vizuální kontrola kvality přes Moonraker.</translation>
    </message>
    <message>
        <source>Built with Qt %1, OpenCV %2 and libmosquitto %3.</source>
        <translation>Sestaveno s Qt %1, OpenCV %2 a libmosquitto %3.</translation>
    </message>
</context>
<context>
    <name>reticle::AccuracyCheckWorkflow</name>
    <message>
        <source>Accuracy check</source>
        <translation>Kontrola přesnosti</translation>
    </message>
    <message>
        <source>Fit the reference points first.</source>
        <translation>Nejprve proložte referenční body.</translation>
    </message>
    <message>
        <source>The map cannot be inverted.</source>
        <translation>Zobrazení nelze invertovat.</translation>
    </message>
    <message>
        <source>No point of the accuracy check has a position.</source>
        <translation>Žádný bod kontroly přesnosti nemá polohu.</translation>
    </message>
</context>
<context>
    <name>reticle::CalibrationRun</name>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>No tools to measure.</source>
        <translation>Žádné nástroje k měření.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Připojování k %1</translation>
    </message>
    <message>
        <source>The printer at %1 did not become ready within %2 s.</source>
        <translation>Tiskárna na %1 nebyla do %2 s připravena.</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Tiskárna připravena</translation>
    </message>
    <message>
        <source>Opening the camera %1</source>
        <translation>Otevírá se kamera %1</translation>
    </message>
    <message>
        <source>Cannot open the camera %1.</source>
        <translation>Kameru %1 nelze otevřít.</translation>
    </message>
    <message>
        <source>Camera streaming, %1×%2</source>
        <translation>Kamera vysílá, %1×%2</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>Kamera selhala: %1</translation>
    </message>
    <message>
        <source>No frames from the camera within 15 s.</source>
        <translation>Do 15 s žádné snímky z kamery.</translation>
    </message>
    <message>
        <source>Homing (G28)</source>
        <translation>Najíždění do výchozí polohy (G28)</translation>
    </message>
    <message>
        <source>The printer did not report all axes homed after G28.</source>
        <translation>Tiskárna po G28 nehlásila všechny osy v výchozí poloze.</translation>
    </message>
    <message>
        <source>Moving T%1 over the camera</source>
        <translation>T%1 se přesouvá nad kameru</translation>
    </message>
    <message>
        <source>Reusing the saved camera calibration (%1, RMS %2 µm)</source>
        <translation>Znovu se používá uložená kalibrace kamery (%1, RMS %2 µm)</translation>
    </message>
    <message>
        <source>Not using the saved calibration: %1</source>
        <translation>Uložená kalibrace se nepoužije: %1</translation>
    </message>
    <message>
        <source>Not using the saved calibration: it was made at %1×%2, the camera now sends %3×%4.</source>
        <translation>Uložená kalibrace se nepoužije: byla pořízena při %1×%2, kamera nyní posílá %3×%4.</translation>
    </message>
    <message>
        <source>Calibrating the camera by moves</source>
        <translation>Kalibrace kamery pohyby</translation>
    </message>
    <message>
        <source>The printer or the camera went away during the camera calibration.</source>
        <translation>Tiskárna nebo kamera se během kalibrace kamery ztratila.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pozastaveno: %1</translation>
    </message>
    <message>
        <source>T%1: the nozzle was not detected; run the wizard in the window to click it by hand.</source>
        <translation>T%1: tryska nebyla rozpoznána; spusťte průvodce v okně a klikněte na ni ručně.</translation>
    </message>
    <message>
        <source>T%1: offset X %2 Y %3 mm (std %4 / %5 µm, %6 moves)</source>
        <translation>T%1: ofset X %2 Y %3 mm (směr. odch. %4 / %5 µm, %6 pohybů)</translation>
    </message>
    <message>
        <source>%1 only exports text; it cannot apply offsets to this printer.</source>
        <translation>%1 pouze exportuje text; nemůže použít ofsety na tuto tiskárnu.</translation>
    </message>
    <message>
        <source>SAVE_CONFIG was not sent (it restarts Klipper); send it to make the offsets permanent.</source>
        <translation>SAVE_CONFIG nebyl odeslán (restartuje Klipper); odešlete ho, aby byly ofsety trvalé.</translation>
    </message>
    <message>
        <source>Applying with %1</source>
        <translation>Použití pomocí %1</translation>
    </message>
    <message>
        <source>Saved the camera calibration to %1</source>
        <translation>Kalibrace kamery uložena do %1</translation>
    </message>
    <message>
        <source>Saved the offsets to %1</source>
        <translation>Ofsety uloženy do %1</translation>
    </message>
    <message>
        <source>Moving over the mark positions</source>
        <translation>Přejíždím nad místa značek</translation>
    </message>
    <message>
        <source>Not using the saved calibration: it is not the camera tool&apos;s.</source>
        <translation>Uložená kalibrace se nepoužije: nepatří kamerovému nástroji.</translation>
    </message>
    <message>
        <source>Not using the saved calibration: it is the camera tool&apos;s.</source>
        <translation>Uložená kalibrace se nepoužije: patří kamerovému nástroji.</translation>
    </message>
    <message>
        <source>The printer has no tool called %1 (the camera tool).</source>
        <translation>Tiskárna nemá nástroj s názvem %1 (kamerový nástroj).</translation>
    </message>
    <message>
        <source>camera-tool mode extrudes filament; confirm it with --yes.</source>
        <translation>režim kamerového nástroje vytlačuje filament; potvrďte to pomocí --yes.</translation>
    </message>
    <message>
        <source>the mark of T%1 was not detected (%2); run the wizard in the window to click it by hand.</source>
        <translation>značka T%1 nebyla rozpoznána (%2); spusťte průvodce v okně a klikněte na ni ručně.</translation>
    </message>
    <message>
        <source>T%1: offset X %2 Y %3 mm (%4 moves)</source>
        <translation>T%1: ofset X %2 Y %3 mm (%4 pohybů)</translation>
    </message>
</context>
<context>
    <name>reticle::CameraCalibrationPanel</name>
    <message>
        <source>pending</source>
        <translation>čeká</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>přeskočeno</translation>
    </message>
    <message>
        <source>clicked</source>
        <translation>kliknuto</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>rozpoznáno</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Další</translation>
    </message>
    <message>
        <source>Re&amp;try step</source>
        <translation>&amp;Opakovat krok</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Po&amp;kračovat</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušit</translation>
    </message>
    <message>
        <source>1. Home and prepare</source>
        <translation>1. Zaparkování a příprava</translation>
    </message>
    <message>
        <source>2. Pixel scale</source>
        <translation>2. Měřítko pixelu</translation>
    </message>
    <message>
        <source>3. Reference points</source>
        <translation>3. Referenční body</translation>
    </message>
    <message>
        <source>4. Accuracy check</source>
        <translation>4. Kontrola přesnosti</translation>
    </message>
    <message>
        <source>Go on to the next step (Ctrl+Return)</source>
        <translation>Pokračovat dalším krokem (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop, return to the start position and save nothing (Esc)</source>
        <translation>Zastavit, vrátit se do výchozí polohy a nic neukládat (Esc)</translation>
    </message>
    <message>
        <source>Run this step again</source>
        <translation>Spustit tento krok znovu</translation>
    </message>
    <message>
        <source>Nozzle camera (fixed, looking up)</source>
        <translation>Kamera na trysku (pevná, hledí nahoru)</translation>
    </message>
    <message>
        <source>Camera tool (C0, looking down)</source>
        <translation>Kamerový nástroj (C0, hledí dolů)</translation>
    </message>
    <message>
        <source>&amp;Use current position</source>
        <translation>&amp;Použít aktuální polohu</translation>
    </message>
    <message>
        <source>Take the printer&apos;s position after you jogged the nozzle over the camera</source>
        <translation>Převzít polohu tiskárny poté, co jste trysku najeli nad kameru</translation>
    </message>
    <message>
        <source>Variance of the Laplacian over the central half of the frame; below this the wizard warns that the nozzle looks out of focus</source>
        <translation>Rozptyl Laplaceova operátoru přes střední polovinu snímku; pod touto hodnotou průvodce varuje, že tryska vypadá rozostřeně</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>neměřeno</translation>
    </message>
    <message>
        <source>not looked for</source>
        <translation>nehledáno</translation>
    </message>
    <message>
        <source>Ca&amp;mera:</source>
        <translation>Ka&amp;mera:</translation>
    </message>
    <message>
        <source>Set-&amp;up:</source>
        <translation>&amp;Uspořádání:</translation>
    </message>
    <message>
        <source>Camera &amp;position X, Y, Z:</source>
        <translation>Poloha &amp;kamery X, Y, Z:</translation>
    </message>
    <message>
        <source>Warn below s&amp;harpness:</source>
        <translation>Varovat pod &amp;ostrostí:</translation>
    </message>
    <message>
        <source>Sharpness:</source>
        <translation>Ostrost:</translation>
    </message>
    <message>
        <source>Nozzle:</source>
        <translation>Tryska:</translation>
    </message>
    <message>
        <source>Draw a scale &amp;line over a reference of known length</source>
        <translation>Nakreslit měřicí &amp;čáru přes referenci známé délky</translation>
    </message>
    <message>
        <source>Calibrate &amp;by moves (the nozzle is moved and detected)</source>
        <translation>Kalibrovat &amp;pohyby (tryska se posouvá a rozpoznává)</translation>
    </message>
    <message>
        <source>Scale line &amp;tool</source>
        <translation>Nástroj &amp;měřicí čáry</translation>
    </message>
    <message>
        <source>Drag a line in the camera view along the reference</source>
        <translation>Táhněte v pohledu kamery čáru podél reference</translation>
    </message>
    <message>
        <source>No line drawn</source>
        <translation>Není nakreslena žádná čára</translation>
    </message>
    <message>
        <source>Both axes</source>
        <translation>Obě osy</translation>
    </message>
    <message>
        <source>Image X only</source>
        <translation>Jen osa X obrazu</translation>
    </message>
    <message>
        <source>Image Y only</source>
        <translation>Jen osa Y obrazu</translation>
    </message>
    <message>
        <source>&amp;Apply line</source>
        <translation>&amp;Použít čáru</translation>
    </message>
    <message>
        <source>Reference &amp;length:</source>
        <translation>&amp;Délka reference:</translation>
    </message>
    <message>
        <source>Applies &amp;to:</source>
        <translation>&amp;Platí pro:</translation>
    </message>
    <message>
        <source>Every point is approached from −X/−Y by this distance, so backlash cancels</source>
        <translation>Ke každému bodu se najíždí z −X/−Y o tuto vzdálenost, aby se vůle vyrušila</translation>
    </message>
    <message>
        <source>&amp;Run calibration by moves</source>
        <translation>Spustit kalib&amp;raci pohyby</translation>
    </message>
    <message>
        <source>Approach distance:</source>
        <translation>Vzdálenost nájezdu:</translation>
    </message>
    <message>
        <source>Two probe moves, then 12 points on a circle sized from the field of view; affine fit with outlier rejection.</source>
        <translation>Dva zkušební pohyby, pak 12 bodů na kružnici o velikosti dané zorným polem; afinní proložení s vyřazením odlehlých hodnot.</translation>
    </message>
    <message>
        <source>Similarity (scale, rotation, mirror)</source>
        <translation>Podobnost (měřítko, otočení, zrcadlení)</translation>
    </message>
    <message>
        <source>Affine (per-axis scale, shear)</source>
        <translation>Afinní (měřítko pro každou osu, zkosení)</translation>
    </message>
    <message>
        <source>Quadratic (lens distortion, tilt)</source>
        <translation>Kvadratický (zkreslení objektivu, náklon)</translation>
    </message>
    <message>
        <source> × n</source>
        <translation> × n</translation>
    </message>
    <message>
        <source>Positions per row and column across the field of view</source>
        <translation>Polohy na řádek a sloupec napříč zorným polem</translation>
    </message>
    <message>
        <source>S&amp;kip point</source>
        <translation>Přes&amp;kočit bod</translation>
    </message>
    <message>
        <source>When the nozzle is not detected: click it in the camera view, or skip this point</source>
        <translation>Když tryska není rozpoznána: klikněte na ni v pohledu kamery, nebo tento bod přeskočte</translation>
    </message>
    <message>
        <source>#</source>
        <translation>č.</translation>
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
        <translation>Tiskárna X</translation>
    </message>
    <message>
        <source>Printer Y</source>
        <translation>Tiskárna Y</translation>
    </message>
    <message>
        <source>Residual (µm)</source>
        <translation>Reziduum (µm)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>&amp;Mřížka:</translation>
    </message>
    <message>
        <source>Random positions inside the field of view</source>
        <translation>Náhodné polohy uvnitř zorného pole</translation>
    </message>
    <message>
        <source>Error (µm)</source>
        <translation>Chyba (µm)</translation>
    </message>
    <message>
        <source>Sa&amp;ve calibration</source>
        <translation>&amp;Uložit kalibraci</translation>
    </message>
    <message>
        <source>Write the map to calibration.json (the previous file is kept as a backup)</source>
        <translation>Zapsat zobrazení do calibration.json (předchozí soubor zůstane jako záloha)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Zahodit</translation>
    </message>
    <message>
        <source>Return to the start position and save nothing</source>
        <translation>Vrátit se do výchozí polohy a nic neukládat</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>%1 px (Δx %2, Δy %3)</source>
        <translation>%1 px (Δx %2, Δy %3)</translation>
    </message>
    <message>
        <source>Step %1 of 4</source>
        <translation>Krok %1 ze 4</translation>
    </message>
    <message>
        <source>Connect to the printer and open the nozzle camera, then press Start.</source>
        <translation>Připojte se k tiskárně a otevřete kameru na trysku, pak stiskněte Spustit.</translation>
    </message>
    <message>
        <source>Fix the cause, then press Retry step (or Cancel).</source>
        <translation>Odstraňte příčinu a pak stiskněte Opakovat krok (nebo Zrušit).</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Spustit znovu</translation>
    </message>
    <message>
        <source>%1 — pass</source>
        <translation>%1 — v pořádku</translation>
    </message>
    <message>
        <source>%1 — warning: below %2, the nozzle may be out of focus (check Z or the camera focus)</source>
        <translation>%1 — varování: pod %2, tryska může být rozostřená (zkontrolujte Z nebo zaostření kamery)</translation>
    </message>
    <message>
        <source>found at %1, %2 px</source>
        <translation>nalezena na %1, %2 px</translation>
    </message>
    <message>
        <source>not detected (%1): jog it over the camera, or go on and click it when asked</source>
        <translation>nerozpoznána (%1): najeďte s ní nad kameru, nebo pokračujte a klikněte na ni, až budete vyzváni</translation>
    </message>
    <message>
        <source>Scale: %1 µm/px along image X, %2 µm/px along image Y (%3)</source>
        <translation>Měřítko: %1 µm/px podél osy X obrazu, %2 µm/px podél osy Y obrazu (%3)</translation>
    </message>
    <message>
        <source>drawn line</source>
        <translation>nakreslená čára</translation>
    </message>
    <message>
        <source>by moves</source>
        <translation>pohyby</translation>
    </message>
    <message>
        <source>Scale: not set</source>
        <translation>Měřítko: nenastaveno</translation>
    </message>
    <message>
        <source>Calibration by moves</source>
        <translation>Kalibrace pohyby</translation>
    </message>
    <message>
        <source>Calibration by moves: %1 moves so far</source>
        <translation>Kalibrace pohyby: zatím %1 pohybů</translation>
    </message>
    <message>
        <source>Reference points: residuals appear after the fit</source>
        <translation>Referenční body: rezidua se zobrazí po proložení</translation>
    </message>
    <message>
        <source>%1 (rejected)</source>
        <translation>%1 (vyřazeno)</translation>
    </message>
    <message>
        <source>Reference points (%1)</source>
        <translation>Referenční body (%1)</translation>
    </message>
    <message>
        <source>Reference points: %1 of %2 measured</source>
        <translation>Referenční body: změřeno %1 z %2</translation>
    </message>
    <message>
        <source>Accuracy check: errors appear as points are measured</source>
        <translation>Kontrola přesnosti: chyby se zobrazí, jak se body měří</translation>
    </message>
    <message>
        <source>Accuracy check</source>
        <translation>Kontrola přesnosti</translation>
    </message>
    <message>
        <source>Predicted by the map vs detected over %1 random points: RMS %2 µm, max %3 µm. Save it to calibration.json, or discard it.</source>
        <translation>Předpověď zobrazení oproti rozpoznání přes %1 náhodných bodů: RMS %2 µm, max. %3 µm. Uložte ji do calibration.json, nebo ji zahoďte.</translation>
    </message>
    <message>
        <source>Accuracy check: %1 of %2 measured</source>
        <translation>Kontrola přesnosti: změřeno %1 z %2</translation>
    </message>
</context>
<context>
    <name>reticle::CameraCalibrationUi</name>
    <message>
        <source>Camera calibration</source>
        <translation>Kalibrace kamery</translation>
    </message>
    <message>
        <source>&amp;Camera calibration…</source>
        <translation>&amp;Kalibrace kamery…</translation>
    </message>
    <message>
        <source>Home, set the pixel scale, fit the pixel-to-printer map and check its accuracy</source>
        <translation>Zaparkovat, nastavit měřítko pixelu, proložit zobrazení pixel–tiskárna a zkontrolovat jeho přesnost</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrace</translation>
    </message>
    <message>
        <source>The printer has not reported a position yet.</source>
        <translation>Tiskárna zatím nenahlásila polohu.</translation>
    </message>
    <message>
        <source>Open the camera that looks at the nozzle first (Camera menu).</source>
        <translation>Nejprve otevřete kameru, která hledí na trysku (nabídka Kamera).</translation>
    </message>
    <message>
        <source>The printer is not homed. Home all axes now (G28)?

Make sure nothing is in the way of the toolhead.</source>
        <translation>Tiskárna není zaparkovaná. Zaparkovat nyní všechny osy (G28)?

Ujistěte se, že tiskové hlavě nic nepřekáží.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Neuloženo: %1</translation>
    </message>
    <message>
        <source>Camera calibration saved to %1</source>
        <translation>Kalibrace kamery uložena do %1</translation>
    </message>
</context>
<context>
    <name>reticle::CameraCalibrationWizard</name>
    <message>
        <source>Could not return to the start position: %1</source>
        <translation>Nelze se vrátit do výchozí polohy: %1</translation>
    </message>
    <message>
        <source>Stopped on the way back to the start position: %1</source>
        <translation>Zastaveno na cestě zpět do výchozí polohy: %1</translation>
    </message>
    <message>
        <source>Press Start to home (if needed) and move to the camera.</source>
        <translation>Stiskněte Spustit pro zaparkování (je-li potřeba) a přesun ke kameře.</translation>
    </message>
    <message>
        <source>Returning to the start position</source>
        <translation>Návrat do výchozí polohy</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Uloženo do %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Zrušeno; nic nebylo uloženo.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved. %1</source>
        <translation>Zrušeno; nic nebylo uloženo. %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>At the camera position. Check the sharpness and the nozzle below, then press Next.</source>
        <translation>V poloze kamery. Zkontrolujte níže ostrost a trysku, pak stiskněte Další.</translation>
    </message>
    <message>
        <source>Pixel scale: moving (%1 moves)</source>
        <translation>Měřítko pixelu: pohyb (%1 pohybů)</translation>
    </message>
    <message>
        <source>Pixel scale: detecting the nozzle</source>
        <translation>Měřítko pixelu: rozpoznávání trysky</translation>
    </message>
    <message>
        <source>Pixel scale: returning to the camera position</source>
        <translation>Měřítko pixelu: návrat do polohy kamery</translation>
    </message>
    <message>
        <source>Paused: the printer or camera was lost</source>
        <translation>Pozastaveno: spojení s tiskárnou nebo kamerou bylo ztraceno</translation>
    </message>
    <message>
        <source>Calibration by moves failed: %1</source>
        <translation>Kalibrace pohyby selhala: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Pixel scale %1 × %2 µm/px (%3). Next: reference points.</source>
        <translation>Měřítko pixelu %1 × %2 µm/px (%3). Dále: referenční body.</translation>
    </message>
    <message>
        <source>drawn line</source>
        <translation>nakreslená čára</translation>
    </message>
    <message>
        <source>by moves</source>
        <translation>pohyby</translation>
    </message>
    <message>
        <source>Draw a line over a reference of known length and enter its length, or calibrate by moves.</source>
        <translation>Nakreslete čáru přes referenci známé délky a zadejte její délku, nebo kalibrujte pohyby.</translation>
    </message>
    <message>
        <source>Map fitted (%1): RMS %2 µm, max %3 µm over %4 points. Next: accuracy check.</source>
        <translation>Zobrazení proloženo (%1): RMS %2 µm, max. %3 µm přes %4 bodů. Dále: kontrola přesnosti.</translation>
    </message>
    <message>
        <source>Accuracy: RMS %1 µm, max %2 µm over %3 points. Save or discard.</source>
        <translation>Přesnost: RMS %1 µm, max. %2 µm přes %3 bodů. Uložte, nebo zahoďte.</translation>
    </message>
    <message>
        <source>The pixel scale can be set in the pixel scale step only.</source>
        <translation>Měřítko pixelu lze nastavit jen v kroku měřítka pixelu.</translation>
    </message>
    <message>
        <source>Finish the accuracy check before saving.</source>
        <translation>Před uložením dokončete kontrolu přesnosti.</translation>
    </message>
</context>
<context>
    <name>reticle::CameraCalibrationWorkflow</name>
    <message>
        <source>The printer is not ready: it must be connected, ready and homed.</source>
        <translation>Tiskárna není připravena: musí být připojena, připravena a mít najeté výchozí polohy.</translation>
    </message>
    <message>
        <source>No camera image.</source>
        <translation>Žádný obraz z kamery.</translation>
    </message>
</context>
<context>
    <name>reticle::CameraNozzleProbe</name>
    <message>
        <source>No new camera frame within %1 s.</source>
        <translation>Žádný nový snímek z kamery do %1 s.</translation>
    </message>
</context>
<context>
    <name>reticle::CameraPickerDialog</name>
    <message>
        <source>Choose camera</source>
        <translation>Vybrat kameru</translation>
    </message>
    <message>
        <source>Mirror left/right</source>
        <translation>Zrcadlit vlevo/vpravo</translation>
    </message>
    <message>
        <source>Mirror top/bottom</source>
        <translation>Zrcadlit nahoře/dole</translation>
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
        <translation>Název:</translation>
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
        <translation>Otočení:</translation>
    </message>
    <message>
        <source>Snapshot rate:</source>
        <translation>Frekvence snímků:</translation>
    </message>
    <message>
        <source>Cameras marked “printer” come from Moonraker&apos;s webcam list. Host-relative URLs are resolved against the printer&apos;s address.</source>
        <translation>Kamery označené „tiskárna“ pocházejí ze seznamu webkamer Moonrakeru. Relativní URL se vyhodnotí vůči adrese tiskárny.</translation>
    </message>
    <message>
        <source>New camera</source>
        <translation>Nová kamera</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Use this camera</source>
        <translation>Použít tuto kameru</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>%1 (printer)</source>
        <translation>%1 (tiskárna)</translation>
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
        <translation>Parkování selhalo: %1</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Připraveno ke spuštění</translation>
    </message>
    <message>
        <source>The printer is not homed: confirm homing (G28)</source>
        <translation>Tiskárna není zaparkovaná: potvrďte parkování (G28)</translation>
    </message>
    <message>
        <source>Homing</source>
        <translation>Parkování</translation>
    </message>
    <message>
        <source>Moving to the camera position</source>
        <translation>Přesun do polohy kamery</translation>
    </message>
    <message>
        <source>Measuring the sharpness of the live frame</source>
        <translation>Měření ostrosti živého snímku</translation>
    </message>
    <message>
        <source>Looking for the nozzle</source>
        <translation>Hledání trysky</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pozastaveno: %1</translation>
    </message>
    <message>
        <source>Returning to the start position</source>
        <translation>Návrat do výchozí polohy</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Připraveno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>Not connected to the printer. Connect first (Machine &gt; Connect…).</source>
        <translation>Není připojeno k tiskárně. Nejprve se připojte (Stroj &gt; Připojit…).</translation>
    </message>
    <message>
        <source>Klipper is not ready (state: %1).</source>
        <translation>Klipper není připraven (stav: %1).</translation>
    </message>
    <message>
        <source>Klipper is not ready (state: %1): %2</source>
        <translation>Klipper není připraven (stav: %1): %2</translation>
    </message>
    <message>
        <source>A print is running; calibrate when the printer is idle.</source>
        <translation>Probíhá tisk; kalibrujte, až bude tiskárna nečinná.</translation>
    </message>
    <message>
        <source>No camera image. Open the camera that looks at the nozzle first.</source>
        <translation>Žádný obraz z kamery. Nejprve otevřete kameru, která hledí na trysku.</translation>
    </message>
    <message>
        <source>Homing declined.</source>
        <translation>Parkování odmítnuto.</translation>
    </message>
    <message>
        <source>The printer is not ready: it must be connected, ready and homed.</source>
        <translation>Tiskárna není připravena: musí být připojená, připravená a zaparkovaná.</translation>
    </message>
</context>
<context>
    <name>reticle::CameraToolOffsetWorkflow</name>
    <message>
        <source>Ready to start</source>
        <translation>Připraveno ke spuštění</translation>
    </message>
    <message>
        <source>Confirm the deposit: %1</source>
        <translation>Potvrďte nanesení: %1</translation>
    </message>
    <message>
        <source>Selecting %1</source>
        <translation>Vybírám %1</translation>
    </message>
    <message>
        <source>Selecting the camera tool %1</source>
        <translation>Vybírám kamerový nástroj %1</translation>
    </message>
    <message>
        <source>Moving %1 to its mark position</source>
        <translation>Přesouvám %1 na místo jeho značky</translation>
    </message>
    <message>
        <source>Moving the camera over the mark of %1</source>
        <translation>Přesouvám kameru nad značku %1</translation>
    </message>
    <message>
        <source>%1 is depositing its mark</source>
        <translation>%1 nanáší svou značku</translation>
    </message>
    <message>
        <source>Calibrating the camera on the mark of %1</source>
        <translation>Kalibruji kameru na značce %1</translation>
    </message>
    <message>
        <source>Detecting the mark of %1</source>
        <translation>Rozpoznávám značku %1</translation>
    </message>
    <message>
        <source>Click the mark of %1 in the camera view</source>
        <translation>Klikněte na značku %1 v obrazu kamery</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pozastaveno: %1</translation>
    </message>
    <message>
        <source>Restoring the starting tool and position</source>
        <translation>Obnovuji výchozí nástroj a polohu</translation>
    </message>
    <message>
        <source>Review the measured offsets</source>
        <translation>Zkontrolujte naměřené ofsety</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>%1 at X %2 Y %3</source>
        <translation>%1 na X %2 Y %3</translation>
    </message>
    <message>
        <source>each tool is lowered to Z %1 mm and extrudes %2 mm of filament: %3. The tools must be hot and the bed clear there.</source>
        <translation>každý nástroj se spustí na Z %1 mm a vytlačí %2 mm filamentu: %3. Nástroje musí být nahřáté a podložka tam volná.</translation>
    </message>
    <message>
        <source>No tools to measure.</source>
        <translation>Žádné nástroje k měření.</translation>
    </message>
    <message>
        <source>No camera tool: choose the tool that carries the camera.</source>
        <translation>Žádný kamerový nástroj: zvolte nástroj, který nese kameru.</translation>
    </message>
    <message>
        <source>The reference %1 deposits no mark: choose the camera tool or one of the measured tools.</source>
        <translation>Reference %1 nenanáší žádnou značku: zvolte kamerový nástroj nebo jeden z měřených nástrojů.</translation>
    </message>
    <message>
        <source>The deposit height must be below the travel height and the extrusion amount above zero.</source>
        <translation>Výška nanášení musí být pod výškou přejezdů a množství vytlačení větší než nula.</translation>
    </message>
    <message>
        <source>The printer is not ready: it must be connected, ready and homed.</source>
        <translation>Tiskárna není připravena: musí být připojená, připravená a zaparkovaná do výchozí polohy.</translation>
    </message>
    <message>
        <source>No camera image.</source>
        <translation>Žádný obraz z kamery.</translation>
    </message>
    <message>
        <source>%1 deposits its mark</source>
        <translation>%1 nanáší svou značku</translation>
    </message>
    <message>
        <source>Camera calibration on the first mark: %1</source>
        <translation>Kalibrace kamery na první značce: %1</translation>
    </message>
    <message>
        <source>Measuring the mark of %1</source>
        <translation>Měřím značku %1</translation>
    </message>
    <message>
        <source>%1 (and putting back the tool and position failed: %2)</source>
        <translation>%1 (a obnovení nástroje a polohy selhalo: %2)</translation>
    </message>
    <message>
        <source>Mark of %1: %2</source>
        <translation>Značka %1: %2</translation>
    </message>
    <message>
        <source>the printer is disconnected, so the tool and position were not restored</source>
        <translation>tiskárna je odpojená, nástroj a poloha proto nebyly obnoveny</translation>
    </message>
</context>
<context>
    <name>reticle::CameraToolUi</name>
    <message>
        <source>Camera tool</source>
        <translation>Kamerový nástroj</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrace</translation>
    </message>
    <message>
        <source>Tool offsets (&amp;camera tool)…</source>
        <translation>Ofsety nástrojů (&amp;kamerový nástroj)…</translation>
    </message>
    <message>
        <source>Every tool deposits a mark on the bed and the camera tool measures it</source>
        <translation>Každý nástroj nanese značku na podložku a kamerový nástroj ji změří</translation>
    </message>
    <message>
        <source>Connect to the printer and home it first.</source>
        <translation>Nejprve se připojte k tiskárně a najeďte do výchozí polohy.</translation>
    </message>
    <message>
        <source>The printer has no tool called %1 (the camera tool).</source>
        <translation>Tiskárna nemá nástroj s názvem %1 (kamerový nástroj).</translation>
    </message>
    <message>
        <source>Open the camera tool&apos;s camera first.</source>
        <translation>Nejprve otevřete kameru kamerového nástroje.</translation>
    </message>
    <message>
        <source>Using the camera tool&apos;s saved calibration (RMS %1 µm)</source>
        <translation>Používám uloženou kalibraci kamerového nástroje (RMS %1 µm)</translation>
    </message>
    <message>
        <source>Camera calibration</source>
        <translation>Kalibrace kamery</translation>
    </message>
    <message>
        <source>Apply offsets</source>
        <translation>Použít ofsety</translation>
    </message>
    <message>
        <source>Send these commands (%1)?</source>
        <translation>Odeslat tyto příkazy (%1)?</translation>
    </message>
    <message>
        <source>Save offsets</source>
        <translation>Uložit ofsety</translation>
    </message>
    <message>
        <source>Offsets saved to %1</source>
        <translation>Ofsety uloženy do %1</translation>
    </message>
    <message>
        <source>The offsets are active now. Send SAVE_CONFIG to keep them? Klipper restarts.</source>
        <translation>Ofsety jsou nyní aktivní. Odeslat SAVE_CONFIG, aby zůstaly? Klipper se restartuje.</translation>
    </message>
</context>
<context>
    <name>reticle::CameraToolWizardPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <source>&amp;Deposit marks</source>
        <translation>&amp;Nanést značky</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušit</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Pokračovat</translation>
    </message>
    <message>
        <source>&amp;Apply offsets…</source>
        <translation>&amp;Použít ofsety…</translation>
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
        <translation>První značka X, Y:</translation>
    </message>
    <message>
        <source>Next mark in +X every:</source>
        <translation>Další značka v +X po:</translation>
    </message>
    <message>
        <source>Deposit height:</source>
        <translation>Výška nanášení:</translation>
    </message>
    <message>
        <source>Filament per mark:</source>
        <translation>Filament na značku:</translation>
    </message>
    <message>
        <source>Extrusion feed:</source>
        <translation>Posuv vytlačování:</translation>
    </message>
    <message>
        <source>Travel height:</source>
        <translation>Výška přejezdů:</translation>
    </message>
    <message>
        <source>Camera height:</source>
        <translation>Výška kamery:</translation>
    </message>
    <message>
        <source>Where the first tool leaves its mark: a clean, free part of the bed</source>
        <translation>Kde první nástroj zanechá svou značku: čisté, volné místo podložky</translation>
    </message>
    <message>
        <source>More than the camera&apos;s field of view, so it sees one mark at a time</source>
        <translation>Víc než zorné pole kamery, aby viděla vždy jen jednu značku</translation>
    </message>
    <message>
        <source>Let every tool extrude its mark (the tools must be hot)</source>
        <translation>Nechat každý nástroj vytlačit svou značku (nástroje musí být nahřáté)</translation>
    </message>
    <message>
        <source>Stop, lift and put back the tool and position the wizard started from (Esc)</source>
        <translation>Zastavit, zvednout a vrátit nástroj a polohu, ze kterých průvodce začal (Esc)</translation>
    </message>
    <message>
        <source>Prepare: printer homed, camera tool&apos;s camera streaming, tools hot</source>
        <translation>Příprava: tiskárna ve výchozí poloze, kamera kamerového nástroje vysílá, nástroje nahřáté</translation>
    </message>
    <message>
        <source>T%1 deposits its mark</source>
        <translation>T%1 nanese svou značku</translation>
    </message>
    <message>
        <source>Calibrate the camera on the first mark</source>
        <translation>Kalibrovat kameru na první značce</translation>
    </message>
    <message>
        <source>%1 measures the mark of T%2</source>
        <translation>%1 změří značku T%2</translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation>Kontrola a použití</translation>
    </message>
    <message>
        <source>Home the printer, open the camera tool&apos;s camera, heat the tools and check the deposit settings, then press Start.</source>
        <translation>Najeďte tiskárnou do výchozí polohy, otevřete kameru kamerového nástroje, nahřejte nástroje a zkontrolujte nastavení nanášení, pak stiskněte Spustit.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Spustit znovu</translation>
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
        <translation>&amp;Vybrat kameru…</translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation>&amp;Uložit snímek…</translation>
    </message>
    <message>
        <source>&amp;Disconnect camera</source>
        <translation>&amp;Odpojit kameru</translation>
    </message>
    <message>
        <source>&amp;Fit picture to window</source>
        <translation>&amp;Přizpůsobit obraz oknu</translation>
    </message>
    <message>
        <source>Scale &amp;line tool</source>
        <translation>Nástroj &amp;měřicí čára</translation>
    </message>
    <message>
        <source>off</source>
        <translation>vypnuto</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>připojuje se</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>vysílá</translation>
    </message>
    <message>
        <source>%1: %2×%3, health %4</source>
        <translation>%1: %2×%3, stav %4</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>zaseknutý</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>znovu se připojuje</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>selhal</translation>
    </message>
    <message>
        <source>Choose camera</source>
        <translation>Vybrat kameru</translation>
    </message>
    <message>
        <source>The camera needs a complete URL, such as http://printer.local/webcam/?action=stream.</source>
        <translation>Kamera potřebuje úplnou URL, například http://printer.local/webcam/?action=stream.</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Uložit snímek</translation>
    </message>
    <message>
        <source>There is no camera picture to save yet.</source>
        <translation>Zatím není žádný obraz z kamery k uložení.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>Obrázky (*.png *.jpg)</translation>
    </message>
</context>
<context>
    <name>reticle::CameraView</name>
    <message>
        <source>There is no frame to save.</source>
        <translation>Není žádný snímek k uložení.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>Cannot encode the snapshot: %1</source>
        <translation>Snímek nelze zakódovat: %1</translation>
    </message>
    <message>
        <source>Reticle</source>
        <translation>Záměrný kříž</translation>
    </message>
    <message>
        <source>Scale line tool</source>
        <translation>Nástroj měřicí čára</translation>
    </message>
    <message>
        <source>Clear markers and line</source>
        <translation>Smazat značky a čáru</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Přizpůsobit oknu</translation>
    </message>
    <message>
        <source>Save snapshot…</source>
        <translation>Uložit snímek…</translation>
    </message>
</context>
<context>
    <name>reticle::ConnectionDialog</name>
    <message>
        <source>Use a oneshot token (for proxies that drop the X-Api-Key header)</source>
        <translation>Použít jednorázový token (pro proxy, které zahazují hlavičku X-Api-Key)</translation>
    </message>
    <message>
        <source>Connect to printer</source>
        <translation>Připojit k tiskárně</translation>
    </message>
    <message>
        <source>voron.local or http://192.168.1.20:7125</source>
        <translation>voron.local nebo http://192.168.1.20:7125</translation>
    </message>
    <message>
        <source>empty when the printer trusts this computer</source>
        <translation>prázdné, pokud tiskárna tomuto počítači důvěřuje</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Uložit profil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Smazat profil</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <source>Moonraker address:</source>
        <translation>Adresa Moonrakeru:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API klíč:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Připojit</translation>
    </message>
    <message>
        <source>New printer</source>
        <translation>Nová tiskárna</translation>
    </message>
    <message>
        <source>Give the printer a name.</source>
        <translation>Pojmenujte tiskárnu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Moonraker address.</source>
        <translation>&apos;%1&apos; není adresa Moonrakeru.</translation>
    </message>
</context>
<context>
    <name>reticle::ConnectionIndicator</name>
    <message>
        <source>not connected</source>
        <translation>nepřipojeno</translation>
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
        <translation>Odeslat</translation>
    </message>
    <message>
        <source>G-code, e.g. M114</source>
        <translation>G-kód, např. M114</translation>
    </message>
</context>
<context>
    <name>reticle::DriftPlot</name>
    <message>
        <source>Δ since first (µm)</source>
        <translation>Δ od prvního (µm)</translation>
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
        <translation>Naměřené offsety v čase</translation>
    </message>
    <message>
        <source>No measurement history in tools_config.json yet</source>
        <translation>V tools_config.json zatím není historie měření</translation>
    </message>
</context>
<context>
    <name>reticle::FocusCameraMeter</name>
    <message>
        <source>No new camera frame within %1 s.</source>
        <translation>Žádný nový snímek z kamery do %1 s.</translation>
    </message>
</context>
<context>
    <name>reticle::FocusUi</name>
    <message>
        <source>Focus</source>
        <translation>Ostření</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrace</translation>
    </message>
    <message>
        <source>&amp;Focus…</source>
        <translation>&amp;Ostření…</translation>
    </message>
    <message>
        <source>Sweep the nozzle through focus and move to the sharpest image</source>
        <translation>Projet tryskou přes ohnisko a najet na nejostřejší obraz</translation>
    </message>
    <message>
        <source>&amp;Z offsets by focus…</source>
        <translation>Posunutí &amp;Z podle ostření…</translation>
    </message>
    <message>
        <source>Measure every tool&apos;s Z offset from where its nozzle is in focus</source>
        <translation>Změřit posunutí Z každého nástroje podle toho, kde je jeho tryska zaostřená</translation>
    </message>
    <message>
        <source>Connect to the printer and home it first, then jog the nozzle over the camera near focus.</source>
        <translation>Nejprve se připojte k tiskárně a zaparkujte ji, pak najeďte tryskou nad kameru blízko ohniska.</translation>
    </message>
    <message>
        <source>Open a camera that shows the nozzle first.</source>
        <translation>Nejprve otevřete kameru, která ukazuje trysku.</translation>
    </message>
    <message>
        <source>Z offsets by focus</source>
        <translation>Posunutí Z podle ostření</translation>
    </message>
    <message>
        <source>The tool offset wizard is running; cancel it or let it finish first.</source>
        <translation>Průvodce posunutím nástrojů běží; nejprve ho zrušte nebo nechte doběhnout.</translation>
    </message>
    <message>
        <source>Select the reference tool and jog its nozzle over the camera first.</source>
        <translation>Nejprve vyberte referenční nástroj a najeďte jeho tryskou nad kameru.</translation>
    </message>
    <message>
        <source>Focus log: %1</source>
        <translation>Protokol ostření: %1</translation>
    </message>
    <message>
        <source>Apply Z offsets</source>
        <translation>Použít posunutí Z</translation>
    </message>
    <message>
        <source>T%1: Z %2 → %3 (Δ %4, ± %5 mm)</source>
        <translation>T%1: Z %2 → %3 (Δ %4, ± %5 mm)</translation>
    </message>
    <message>
        <source>Send the new Z offsets (%1)? X and Y are written with their current values.</source>
        <translation>Odeslat nová posunutí Z (%1)? X a Y se zapíší se svými současnými hodnotami.</translation>
    </message>
    <message>
        <source>Z offsets applied</source>
        <translation>Posunutí Z použita</translation>
    </message>
    <message>
        <source>The offsets are active now. Send SAVE_CONFIG to keep them? Klipper restarts.</source>
        <translation>Posunutí jsou nyní aktivní. Odeslat SAVE_CONFIG, aby zůstala zachována? Klipper se restartuje.</translation>
    </message>
</context>
<context>
    <name>reticle::FocusWizardPanel</name>
    <message>
        <source>Sweep</source>
        <translation>Průchod</translation>
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
        <translation>Vystředit na &amp;trysku</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušit</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Pokračovat</translation>
    </message>
    <message>
        <source>&amp;Apply Z offsets…</source>
        <translation>Po&amp;užít posunutí Z…</translation>
    </message>
    <message>
        <source>Best focus (active tool)</source>
        <translation>Nejlepší ostření (aktivní nástroj)</translation>
    </message>
    <message>
        <source>Z offsets by focus (every tool)</source>
        <translation>Posunutí Z podle ostření (všechny nástroje)</translation>
    </message>
    <message>
        <source>Variance of Laplacian</source>
        <translation>Rozptyl Laplaceova operátoru</translation>
    </message>
    <message>
        <source>Tenengrad</source>
        <translation>Tenengrad</translation>
    </message>
    <message>
        <source>The coarse pass covers the start position ± this</source>
        <translation>Hrubý průchod pokryje výchozí polohu ± tuto hodnotu</translation>
    </message>
    <message>
        <source>The fine pass covers the coarse estimate ± this</source>
        <translation>Jemný průchod pokryje hrubý odhad ± tuto hodnotu</translation>
    </message>
    <message>
        <source>Every measured position is reached moving up at least this far, so backlash is always taken up the same way</source>
        <translation>Každá měřená poloha se najíždí pohybem nahoru alespoň o tolik, aby se vůle vymezila vždy stejně</translation>
    </message>
    <message>
        <source>Sharpness is measured in a square of this size (of the image&apos;s shorter side)</source>
        <translation>Ostrost se měří ve čtverci této velikosti (z kratší strany obrazu)</translation>
    </message>
    <message>
        <source>Centre the measured square on the detected nozzle instead of the image centre</source>
        <translation>Vystředit měřený čtverec na nalezenou trysku místo na střed obrazu</translation>
    </message>
    <message>
        <source>C&amp;oarse</source>
        <translation>&amp;Hrubě</translation>
    </message>
    <message>
        <source>s&amp;tep</source>
        <translation>&amp;krok</translation>
    </message>
    <message>
        <source>F&amp;ine</source>
        <translation>&amp;Jemně</translation>
    </message>
    <message>
        <source>st&amp;ep</source>
        <translation>kr&amp;ok</translation>
    </message>
    <message>
        <source>Take-&amp;up</source>
        <translation>&amp;Vymezení vůle</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>O&amp;blast</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Míra</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Nástroj</translation>
    </message>
    <message>
        <source>Best Z</source>
        <translation>Nejlepší Z</translation>
    </message>
    <message>
        <source>Fit ±</source>
        <translation>Fit ±</translation>
    </message>
    <message>
        <source>Current Z</source>
        <translation>Současné Z</translation>
    </message>
    <message>
        <source>New Z</source>
        <translation>Nové Z</translation>
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
        <translation>Jedna směrodatná odchylka nejlepšího ostření, z fitu</translation>
    </message>
    <message>
        <source>One standard deviation of the new Z offset (this tool&apos;s and the reference&apos;s fits)</source>
        <translation>Jedna směrodatná odchylka nového posunutí Z (z fitů tohoto nástroje a reference)</translation>
    </message>
    <message>
        <source>Toolhead Z at best focus (mm)</source>
        <translation>Z nástrojové hlavy při nejlepším ostření (mm)</translation>
    </message>
    <message>
        <source>Stop and go back to the tool and position the sweep started from (Esc)</source>
        <translation>Zastavit a vrátit se k nástroji a poloze, odkud průchod začal (Esc)</translation>
    </message>
    <message>
        <source>Send the new Z offsets to the printer after confirmation (X and Y stay as they are)</source>
        <translation>Po potvrzení odeslat nová posunutí Z do tiskárny (X a Y zůstanou beze změny)</translation>
    </message>
    <message>
        <source>Mo&amp;de</source>
        <translation>Re&amp;žim</translation>
    </message>
    <message>
        <source>Focus position</source>
        <translation>Poloha ostření</translation>
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
        <translation>T%1 (reference)</translation>
    </message>
    <message>
        <source>Prepare: reference nozzle over the camera</source>
        <translation>Příprava: referenční tryska nad kamerou</translation>
    </message>
    <message>
        <source>Prepare: nozzle over the camera, near focus</source>
        <translation>Příprava: tryska nad kamerou, blízko ohniska</translation>
    </message>
    <message>
        <source>Sweep T%1 (reference)</source>
        <translation>Průchod T%1 (reference)</translation>
    </message>
    <message>
        <source>Sweep T%1</source>
        <translation>Průchod T%1</translation>
    </message>
    <message>
        <source>Sweep every tool, the reference first</source>
        <translation>Průchod každým nástrojem, reference první</translation>
    </message>
    <message>
        <source>Review and apply Z offsets</source>
        <translation>Zkontrolovat a použít posunutí Z</translation>
    </message>
    <message>
        <source>Coarse pass</source>
        <translation>Hrubý průchod</translation>
    </message>
    <message>
        <source>Fine pass</source>
        <translation>Jemný průchod</translation>
    </message>
    <message>
        <source>Move to the best focus</source>
        <translation>Najet na nejlepší ostření</translation>
    </message>
    <message>
        <source>Home the printer, jog the reference nozzle over the camera near focus, then press Start.</source>
        <translation>Zaparkujte tiskárnu, najeďte referenční tryskou nad kameru blízko ohniska a stiskněte Spustit.</translation>
    </message>
    <message>
        <source>Home the printer, jog the nozzle over the camera near focus, then press Start.</source>
        <translation>Zaparkujte tiskárnu, najeďte tryskou nad kameru blízko ohniska a stiskněte Spustit.</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Protokol: %1</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Spustit znovu</translation>
    </message>
</context>
<context>
    <name>reticle::FocusWorkflow</name>
    <message>
        <source>coarse pass</source>
        <translation>hrubý průchod</translation>
    </message>
    <message>
        <source>fine pass</source>
        <translation>jemný průchod</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>Připraveno ke spuštění.</translation>
    </message>
    <message>
        <source>Selecting T%1…</source>
        <translation>Vybírá se T%1…</translation>
    </message>
    <message>
        <source>Moving T%1 over the camera…</source>
        <translation>T%1 najíždí nad kameru…</translation>
    </message>
    <message>
        <source>Finding the nozzle of T%1…</source>
        <translation>Hledá se tryska T%1…</translation>
    </message>
    <message>
        <source>T%1, %2: moving %3 to %4…</source>
        <translation>T%1, %2: %3 najíždí na %4…</translation>
    </message>
    <message>
        <source>T%1, %2: measuring sharpness at %3 %4…</source>
        <translation>T%1, %2: měří se ostrost v %3 %4…</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pozastaveno: %1</translation>
    </message>
    <message>
        <source>Putting back the tool and position…</source>
        <translation>Vrací se nástroj a poloha…</translation>
    </message>
    <message>
        <source>Best focus at %1 %2 ± %3.</source>
        <translation>Nejlepší ostření v %1 %2 ± %3.</translation>
    </message>
    <message numerus="yes">
        <source>Measured %n tool(s). Review the Z offsets below.</source>
        <translation>
            <numerusform>Změřen %n nástroj. Zkontrolujte posunutí Z níže.</numerusform>
            <numerusform>Změřeny %n nástroje. Zkontrolujte posunutí Z níže.</numerusform>
            <numerusform>Změřeno %n nástrojů. Zkontrolujte posunutí Z níže.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the tool and position were put back.</source>
        <translation>Zrušeno; nástroj a poloha byly vráceny.</translation>
    </message>
    <message>
        <source>Cancelled; %1.</source>
        <translation>Zrušeno; %1.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>The printer is not ready (connected, homed and idle).</source>
        <translation>Tiskárna není připravena (připojená, zaparkovaná a nečinná).</translation>
    </message>
    <message>
        <source>The camera is not streaming.</source>
        <translation>Kamera nevysílá obraz.</translation>
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
        <translation>Nelze se vrátit do výchozí polohy: %1</translation>
    </message>
    <message>
        <source>T%1: the focus move failed: %2</source>
        <translation>T%1: pohyb ostření selhal: %2</translation>
    </message>
    <message>
        <source>Could not put back the tool and position: %1</source>
        <translation>Nástroj a polohu nelze vrátit: %1</translation>
    </message>
    <message>
        <source>the printer is disconnected, so the tool and position were not put back</source>
        <translation>tiskárna je odpojená, proto nástroj a poloha nebyly vráceny</translation>
    </message>
</context>
<context>
    <name>reticle::FrameDecoder</name>
    <message>
        <source>An empty frame (%1 bytes).</source>
        <translation>Prázdný snímek (%1 bajtů).</translation>
    </message>
    <message>
        <source>The frame could not be decoded: %1</source>
        <translation>Snímek nelze dekódovat: %1</translation>
    </message>
    <message>
        <source>The frame is not a decodable image (%1 bytes, starts with %2).</source>
        <translation>Snímek není dekódovatelný obrázek (%1 bajtů, začíná %2).</translation>
    </message>
    <message>
        <source>Out of memory for a %1×%2 frame.</source>
        <translation>Nedostatek paměti pro snímek %1×%2.</translation>
    </message>
</context>
<context>
    <name>reticle::FrameSource</name>
    <message>
        <source>An empty video frame.</source>
        <translation>Prázdný videosnímek.</translation>
    </message>
</context>
<context>
    <name>reticle::JogPanel</name>
    <message>
        <source>Step:</source>
        <translation>Krok:</translation>
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
        <translation>Zaparkovat</translation>
    </message>
    <message>
        <source>Home all axes (G28)</source>
        <translation>Zaparkovat všechny osy (G28)</translation>
    </message>
    <message>
        <source>X %1  Y %2  Z %3  (homed: %4)</source>
        <translation>X %1  Y %2  Z %3  (zaparkováno: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>Position unknown</source>
        <translation>Poloha neznámá</translation>
    </message>
</context>
<context>
    <name>reticle::LinkWatch</name>
    <message>
        <source>Printer connection lost: %1</source>
        <translation>Spojení s tiskárnou ztraceno: %1</translation>
    </message>
    <message>
        <source>The printer shut down: %1</source>
        <translation>Tiskárna se vypnula: %1</translation>
    </message>
    <message>
        <source>Camera lost: %1</source>
        <translation>Kamera ztracena: %1</translation>
    </message>
</context>
<context>
    <name>reticle::LivePrepareIo</name>
    <message>
        <source>G28 finished but the printer did not report X, Y and Z homed.</source>
        <translation>G28 skončil, ale tiskárna nehlásí osy X, Y a Z jako zaparkované.</translation>
    </message>
    <message>
        <source>No camera is open.</source>
        <translation>Není otevřena žádná kamera.</translation>
    </message>
    <message>
        <source>No new camera frame within %1 s.</source>
        <translation>Žádný nový snímek z kamery během %1 s.</translation>
    </message>
</context>
<context>
    <name>reticle::LocalCameraSource</name>
    <message>
        <source>Camera on this computer</source>
        <translation>Kamera na tomto počítači</translation>
    </message>
    <message>
        <source>No camera is attached to this computer.</source>
        <translation>K tomuto počítači není připojena žádná kamera.</translation>
    </message>
    <message>
        <source>The camera &apos;%1&apos; is not attached.</source>
        <translation>Kamera &apos;%1&apos; není připojena.</translation>
    </message>
    <message>
        <source>The camera failed.</source>
        <translation>Kamera selhala.</translation>
    </message>
</context>
<context>
    <name>reticle::MachineIo</name>
    <message>
        <source>This printer connection cannot extrude.</source>
        <translation>Toto připojení k tiskárně neumí vytlačovat.</translation>
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
        <translation>Žádná kamera</translation>
    </message>
    <message>
        <source>Choose a camera to see the nozzle or the bed here.</source>
        <translation>Vyberte kameru a uvidíte zde trysku nebo podložku.</translation>
    </message>
    <message>
        <source>Emergency stop</source>
        <translation>Nouzové zastavení</translation>
    </message>
    <message>
        <source>Emergency stop: shut the printer down at once (%1)</source>
        <translation>Nouzové zastavení: okamžitě vypnout tiskárnu (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Obnovit rozvržení</translation>
    </message>
    <message>
        <source>&amp;About Reticle</source>
        <translation>&amp;O aplikaci Reticle</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Stroj</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Nástroje</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>Žádné nástroje</translation>
    </message>
    <message>
        <source>Connect to a printer to list its tools and offsets.</source>
        <translation>Připojte se k tiskárně a zobrazí se její nástroje a ofsety.</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Posuv</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nepřipojeno</translation>
    </message>
    <message>
        <source>Jogging needs a connected, homed printer.</source>
        <translation>Posuv vyžaduje připojenou tiskárnu s najetými výchozími polohami.</translation>
    </message>
    <message>
        <source>Wizard</source>
        <translation>Průvodce</translation>
    </message>
    <message>
        <source>No wizard running</source>
        <translation>Žádný průvodce neběží</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konzole</translation>
    </message>
    <message>
        <source>Printer responses appear here once connected.</source>
        <translation>Odpovědi tiskárny se zde objeví po připojení.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Výchozí podle systému</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>The new language is used the next time Reticle starts.</source>
        <translation>Nový jazyk se použije při příštím spuštění Reticle.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>&amp;Stroj</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Tiskárna</translation>
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
        <translation>Připraveno</translation>
    </message>
    <message>
        <source>Guided calibrations run step by step in this panel.</source>
        <translation>Řízené kalibrace probíhají krok za krokem v tomto panelu.</translation>
    </message>
</context>
<context>
    <name>reticle::MarkCameraProbe</name>
    <message>
        <source>No new camera frame within %1 s.</source>
        <translation>Žádný nový snímek z kamery během %1 s.</translation>
    </message>
</context>
<context>
    <name>reticle::MediaUrlSource</name>
    <message>
        <source>Video stream or file</source>
        <translation>Videoproud nebo soubor</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>chyba %1</translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>%1 nelze přehrát: %2</translation>
    </message>
    <message>
        <source>The stream from %1 ended: the server closed the connection or stopped sending.</source>
        <translation>Stream z %1 skončil: server ukončil spojení nebo přestal vysílat.</translation>
    </message>
</context>
<context>
    <name>reticle::MjpegStreamSource</name>
    <message>
        <source>MJPEG over HTTP</source>
        <translation>MJPEG přes HTTP</translation>
    </message>
    <message>
        <source>The camera answered HTTP %1 %2.</source>
        <translation>Kamera odpověděla HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The image is larger than the %1 MiB limit.</source>
        <translation>Obraz je větší než limit %1 MiB.</translation>
    </message>
    <message>
        <source>The URL serves a single image, not a stream; use a snapshot camera for it.</source>
        <translation>Adresa URL poskytuje jediný obraz, ne proud; použijte pro ni kameru se snímky.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Spojení ztraceno: %1</translation>
    </message>
    <message>
        <source>The camera closed the stream.</source>
        <translation>Kamera ukončila proud.</translation>
    </message>
    <message>
        <source>The camera redirected more than %1 times.</source>
        <translation>Kamera přesměrovala více než %1krát.</translation>
    </message>
</context>
<context>
    <name>reticle::MoonrakerClient</name>
    <message>
        <source>no printer address</source>
        <translation>žádná adresa tiskárny</translation>
    </message>
    <message>
        <source>malformed error object</source>
        <translation>chybně utvořený objekt chyby</translation>
    </message>
</context>
<context>
    <name>reticle::MotionGuard</name>
    <message>
        <source>The printer is not ready (%1).</source>
        <translation>Tiskárna není připravena (%1).</translation>
    </message>
    <message>
        <source>A print is running; Reticle does not move the printer during a print.</source>
        <translation>Probíhá tisk; Reticle během tisku tiskárnou nepohybuje.</translation>
    </message>
    <message>
        <source>The toolhead position is not known yet.</source>
        <translation>Poloha tiskové hlavy zatím není známa.</translation>
    </message>
    <message>
        <source>The %1 value is not a number.</source>
        <translation>Hodnota %1 není číslo.</translation>
    </message>
    <message>
        <source>The move is empty.</source>
        <translation>Pohyb je prázdný.</translation>
    </message>
    <message>
        <source>Axis %1 is not homed. Home the printer first.</source>
        <translation>Osa %1 nemá najetou výchozí polohu. Nejprve najeďte tiskárnu do výchozí polohy.</translation>
    </message>
    <message>
        <source>A %1 mm step is longer than the %2 mm allowed for jogging.</source>
        <translation>Krok %1 mm je delší než %2 mm povolených pro posuv.</translation>
    </message>
    <message>
        <source>A %1 mm step is longer than the %2 mm allowed while centring.</source>
        <translation>Krok %1 mm je delší než %2 mm povolených při centrování.</translation>
    </message>
    <message>
        <source>The axis limits are not known yet.</source>
        <translation>Meze os zatím nejsou známy.</translation>
    </message>
    <message>
        <source>%1 %2 mm is outside the allowed range %3 to %4 mm (axis limits less a %5 mm margin).</source>
        <translation>%1 %2 mm je mimo povolený rozsah %3 až %4 mm (meze os zmenšené o okraj %5 mm).</translation>
    </message>
    <message>
        <source>The tool has no tool number.</source>
        <translation>Nástroj nemá číslo nástroje.</translation>
    </message>
</context>
<context>
    <name>reticle::MultipartParser</name>
    <message>
        <source>The stream ended inside a frame (%1 of %2 bytes received).</source>
        <translation>Proud skončil uprostřed snímku (přijato %1 z %2 bajtů).</translation>
    </message>
    <message>
        <source>The stream ended inside a frame (%1 bytes received, no end marker).</source>
        <translation>Proud skončil uprostřed snímku (přijato %1 bajtů, bez koncové značky).</translation>
    </message>
    <message>
        <source>The stream ended inside the headers of a part.</source>
        <translation>Proud skončil uprostřed hlaviček části.</translation>
    </message>
    <message>
        <source>A part&apos;s headers are longer than %1 bytes; skipped to the next boundary.</source>
        <translation>Hlavičky části jsou delší než %1 bajtů; přeskočeno na další hranici.</translation>
    </message>
    <message>
        <source>A frame of %1 bytes (%2 MiB) is larger than the %3 MiB limit; skipped.</source>
        <translation>Snímek o %1 bajtech (%2 MiB) je větší než limit %3 MiB; přeskočen.</translation>
    </message>
    <message>
        <source>Ignored an invalid Content-Length &apos;%1&apos;.</source>
        <translation>Neplatná hlavička Content-Length &apos;%1&apos; byla ignorována.</translation>
    </message>
    <message>
        <source>A part has more than 100 header lines; skipped to the next boundary.</source>
        <translation>Část má více než 100 řádků hlaviček; přeskočeno na další hranici.</translation>
    </message>
    <message>
        <source>A part&apos;s Content-Length said %1 bytes but it held %2; used the %2.</source>
        <translation>Content-Length části uváděla %1 bajtů, ale obsahovala %2; použito %2.</translation>
    </message>
    <message>
        <source>A frame was cut short: Content-Length said %1 bytes, the next part began after %2.</source>
        <translation>Snímek byl zkrácen: Content-Length uváděla %1 bajtů, další část začala po %2.</translation>
    </message>
    <message>
        <source>A frame was cut short: the next part began before its JPEG end marker.</source>
        <translation>Snímek byl zkrácen: další část začala před jeho koncovou značkou JPEG.</translation>
    </message>
    <message>
        <source>A frame without Content-Length grew past the %1 MiB limit without an end marker; skipped.</source>
        <translation>Snímek bez Content-Length přerostl limit %1 MiB bez koncové značky; přeskočen.</translation>
    </message>
    <message>
        <source>A frame was cut short: its JPEG structure broke off before the next part.</source>
        <translation>Snímek byl zkrácen: jeho struktura JPEG se přerušila před další částí.</translation>
    </message>
    <message>
        <source>A part grew past the %1 MiB limit without a boundary; skipped.</source>
        <translation>Část přerostla limit %1 MiB bez hranice; přeskočena.</translation>
    </message>
</context>
<context>
    <name>reticle::OffsetReviewTable</name>
    <message>
        <source>Tool</source>
        <translation>Nástroj</translation>
    </message>
    <message>
        <source>Current X</source>
        <translation>Aktuální X</translation>
    </message>
    <message>
        <source>Current Y</source>
        <translation>Aktuální Y</translation>
    </message>
    <message>
        <source>New X</source>
        <translation>Nové X</translation>
    </message>
    <message>
        <source>New Y</source>
        <translation>Nové Y</translation>
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
        <translation>Směr. odch. X / Y (µm)</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Pohyby</translation>
    </message>
    <message>
        <source>T%1 (clicked)</source>
        <translation>T%1 (kliknuto)</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>one sample</source>
        <translation>jeden vzorek</translation>
    </message>
    <message>
        <source>The change is larger than %1 mm: check the tool before applying.</source>
        <translation>Změna je větší než %1 mm: před použitím nástroj zkontrolujte.</translation>
    </message>
</context>
<context>
    <name>reticle::PointSurveyWorkflow</name>
    <message>
        <source>Ready to start</source>
        <translation>Připraveno ke spuštění</translation>
    </message>
    <message>
        <source>%1: moving to point %2 of %3</source>
        <translation>%1: přesun na bod %2 z %3</translation>
    </message>
    <message>
        <source>%1: detecting the nozzle at point %2 of %3</source>
        <translation>%1: rozpoznávání trysky v bodě %2 z %3</translation>
    </message>
    <message>
        <source>%1: the nozzle was not detected at point %2 of %3. Click it in the camera view, or skip the point.</source>
        <translation>%1: tryska nebyla v bodě %2 z %3 rozpoznána. Klikněte na ni v pohledu kamery, nebo bod přeskočte.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pozastaveno: %1</translation>
    </message>
    <message>
        <source>Returning to the start position</source>
        <translation>Návrat do výchozí polohy</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: hotovo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>The printer is not ready: it must be connected, ready and homed.</source>
        <translation>Tiskárna není připravena: musí být připojená, připravená a zaparkovaná.</translation>
    </message>
    <message>
        <source>No camera image.</source>
        <translation>Žádný obraz z kamery.</translation>
    </message>
    <message>
        <source>Nothing to measure.</source>
        <translation>Není co měřit.</translation>
    </message>
</context>
<context>
    <name>reticle::PrinterMachineIo</name>
    <message>
        <source>The printer did not report its position after the move.</source>
        <translation>Tiskárna po pohybu nenahlásila svou polohu.</translation>
    </message>
    <message>
        <source>the connection to Moonraker dropped</source>
        <translation>spojení s Moonrakerem se přerušilo</translation>
    </message>
    <message>
        <source>An extrusion of %1 mm is outside the allowed 0 to %2 mm.</source>
        <translation>Vytlačení %1 mm je mimo povolený rozsah 0 až %2 mm.</translation>
    </message>
    <message>
        <source>An extrusion feed of %1 mm/min is outside the allowed %2 to %3 mm/min.</source>
        <translation>Posuv vytlačování %1 mm/min je mimo povolený rozsah %2 až %3 mm/min.</translation>
    </message>
    <message>
        <source>The printer must be homed before a tool extrudes.</source>
        <translation>Před vytlačováním musí být tiskárna ve výchozí poloze.</translation>
    </message>
    <message>
        <source>Klipper gave no reason</source>
        <translation>Klipper neuvedl žádný důvod</translation>
    </message>
</context>
<context>
    <name>reticle::PrinterUi</name>
    <message>
        <source>&amp;Connect to printer…</source>
        <translation>&amp;Připojit k tiskárně…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from printer</source>
        <translation>&amp;Odpojit od tiskárny</translation>
    </message>
    <message>
        <source>Emergency stop failed: %1</source>
        <translation>Nouzové zastavení selhalo: %1</translation>
    </message>
    <message>
        <source>Emergency stop sent.</source>
        <translation>Nouzové zastavení odesláno.</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Tiskárna: %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nepřipojeno</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>připojování…</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>opětovné připojování…</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>tiskne</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>připraveno</translation>
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
        <translation>Referenční body</translation>
    </message>
    <message>
        <source>Set the pixel scale first.</source>
        <translation>Nejprve nastavte měřítko pixelu.</translation>
    </message>
    <message>
        <source>The nozzle is too close to the edge of the image; centre it over the camera.</source>
        <translation>Tryska je příliš blízko okraje obrazu; vystřeďte ji nad kamerou.</translation>
    </message>
    <message>
        <source>Only %1 points have a position; the %2 model needs at least %3.</source>
        <translation>Polohu má jen %1 bodů; model %2 potřebuje alespoň %3.</translation>
    </message>
</context>
<context>
    <name>reticle::RepeatabilityPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <source>&amp;Pause after cycle</source>
        <translation>&amp;Pozastavit po cyklu</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Po&amp;kračovat</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušit</translation>
    </message>
    <message>
        <source>Sa&amp;ve to history</source>
        <translation>&amp;Uložit do historie</translation>
    </message>
    <message>
        <source>Complete tool-change cycles over every tool; each gives one measurement per tool</source>
        <translation>Úplné cykly výměny přes všechny nástroje; každý dá jedno měření na nástroj</translation>
    </message>
    <message>
        <source>Finish the cycle under way, put back the tool and position, then wait</source>
        <translation>Dokončit probíhající cyklus, vrátit nástroj a polohu, pak čekat</translation>
    </message>
    <message>
        <source>Stop and put back the tool and position the run started from (Esc)</source>
        <translation>Zastavit a vrátit nástroj a polohu, ze kterých běh začal (Esc)</translation>
    </message>
    <message>
        <source>Add every tool&apos;s mean offset and its scatter to the measurement history in tools_config.json (the measured offsets themselves are not changed)</source>
        <translation>Přidat střední offset každého nástroje a jeho rozptyl do historie měření v tools_config.json (samotné naměřené offsety se nemění)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Nástroj</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Std X</source>
        <translation>Sm. odch. X</translation>
    </message>
    <message>
        <source>Std Y</source>
        <translation>Sm. odch. Y</translation>
    </message>
    <message>
        <source>Range X</source>
        <translation>Rozpětí X</translation>
    </message>
    <message>
        <source>Range Y</source>
        <translation>Rozpětí Y</translation>
    </message>
    <message>
        <source>Mean X</source>
        <translation>Průměr X</translation>
    </message>
    <message>
        <source>Mean Y</source>
        <translation>Průměr Y</translation>
    </message>
    <message>
        <source>Cycles measured</source>
        <translation>Změřené cykly</translation>
    </message>
    <message>
        <source>Standard deviation in X, µm</source>
        <translation>Směrodatná odchylka v X, µm</translation>
    </message>
    <message>
        <source>Standard deviation in Y, µm</source>
        <translation>Směrodatná odchylka v Y, µm</translation>
    </message>
    <message>
        <source>Largest minus smallest in X, µm</source>
        <translation>Největší minus nejmenší v X, µm</translation>
    </message>
    <message>
        <source>Largest minus smallest in Y, µm</source>
        <translation>Největší minus nejmenší v Y, µm</translation>
    </message>
    <message>
        <source>Mean measured offset in X, mm</source>
        <translation>Průměrný naměřený offset v X, mm</translation>
    </message>
    <message>
        <source>Mean measured offset in Y, mm</source>
        <translation>Průměrný naměřený offset v Y, mm</translation>
    </message>
    <message>
        <source>Other tools: the measured offset per cycle. The reference: the position that centres its nozzle (its offset is the reference by definition).</source>
        <translation>Ostatní nástroje: naměřený offset v každém cyklu. Referenční nástroj: poloha, která vystředí jeho trysku (jeho offset je z definice referencí).</translation>
    </message>
    <message>
        <source>C&amp;ycles:</source>
        <translation>C&amp;ykly:</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Rozptyl</translation>
    </message>
    <message>
        <source>Drift over history</source>
        <translation>Drift v historii</translation>
    </message>
    <message>
        <source>T%1 (reference)</source>
        <translation>T%1 (reference)</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>%1, clicked</source>
        <translation>%1, kliknuto</translation>
    </message>
    <message>
        <source>The reference&apos;s scatter is that of the position centring its nozzle</source>
        <translation>Rozptyl reference je rozptyl polohy, která vystředí její trysku</translation>
    </message>
    <message>
        <source>T%1 (reference): centre</source>
        <translation>T%1 (reference): střed</translation>
    </message>
    <message>
        <source>T%1: offset</source>
        <translation>T%1: offset</translation>
    </message>
    <message>
        <source>Prepare: printer ready and homed, camera streaming</source>
        <translation>Příprava: tiskárna připravena a zaparkována, kamera vysílá</translation>
    </message>
    <message>
        <source>Cycle %1: select and measure every tool</source>
        <translation>Cyklus %1: vybrat a změřit každý nástroj</translation>
    </message>
    <message>
        <source>Review the scatter and save it to the history</source>
        <translation>Zkontrolovat rozptyl a uložit jej do historie</translation>
    </message>
    <message>
        <source>Home the printer, jog the reference nozzle over the camera, then press Start.</source>
        <translation>Zaparkujte tiskárnu, najeďte referenční tryskou nad kameru a stiskněte Spustit.</translation>
    </message>
    <message>
        <source>Saved to the history.</source>
        <translation>Uloženo do historie.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Spustit &amp;znovu</translation>
    </message>
</context>
<context>
    <name>reticle::RepeatabilityUi</name>
    <message>
        <source>&amp;Repeatability…</source>
        <translation>&amp;Opakovatelnost…</translation>
    </message>
    <message>
        <source>Measure every tool several times over complete tool changes: scatter, std, range and drift over the history</source>
        <translation>Změřit každý nástroj několikrát přes úplné výměny nástrojů: rozptyl, směrodatná odchylka, rozpětí a drift v historii</translation>
    </message>
    <message>
        <source>Repeatability</source>
        <translation>Opakovatelnost</translation>
    </message>
    <message>
        <source>Save to history</source>
        <translation>Uložit do historie</translation>
    </message>
    <message>
        <source>Repeatability saved to %1</source>
        <translation>Opakovatelnost uložena do %1</translation>
    </message>
</context>
<context>
    <name>reticle::RepeatabilityWorkflow</name>
    <message>
        <source>Ready to start</source>
        <translation>Připraveno ke spuštění</translation>
    </message>
    <message>
        <source>Cycle %1 of %2: %3</source>
        <translation>Cyklus %1 z %2: %3</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>začíná</translation>
    </message>
    <message>
        <source>(pausing after this cycle)</source>
        <translation>(pozastavení po tomto cyklu)</translation>
    </message>
    <message>
        <source>Paused after cycle %1 of %2; the tool and position are restored.</source>
        <translation>Pozastaveno po cyklu %1 z %2; nástroj a poloha jsou obnoveny.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pozastaveno</translation>
    </message>
    <message>
        <source>%1 cycles done in %2 s: review the scatter, then save it to the history.</source>
        <translation>%1 cyklů hotovo za %2 s: zkontrolujte rozptyl a uložte jej do historie.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 cycles</source>
        <translation>Zrušeno po %1 z %2 cyklů</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>cycle %1: %2</source>
        <translation>cyklus %1: %2</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Cyklus %1 z %2</translation>
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
        <translation>platný</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>vyřazený</translation>
    </message>
    <message>
        <source>No residuals yet</source>
        <translation>Zatím žádná rezidua</translation>
    </message>
    <message>
        <source>%1: RMS %2 µm, max %3 µm over %4 points
(circles: 1× and 2× RMS)</source>
        <translation>%1: RMS %2 µm, max. %3 µm přes %4 bodů
(kružnice: 1× a 2× RMS)</translation>
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
        <translation>Cykly</translation>
    </message>
    <message>
        <source>%1 — circles at 1σ (%2 µm) and 2σ</source>
        <translation>%1 — kružnice na 1σ (%2 µm) a 2σ</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Zatím žádná měření</translation>
    </message>
</context>
<context>
    <name>reticle::SharpnessCurvePlot</name>
    <message>
        <source>Coarse pass</source>
        <translation>Hrubý průchod</translation>
    </message>
    <message>
        <source>Fine pass</source>
        <translation>Jemný průchod</translation>
    </message>
    <message>
        <source>Coarse fit</source>
        <translation>Hrubý fit</translation>
    </message>
    <message>
        <source>Fine fit</source>
        <translation>Jemný fit</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Ostrost</translation>
    </message>
    <message>
        <source>Focus position</source>
        <translation>Poloha ostření</translation>
    </message>
    <message>
        <source>Best focus %1 ± %2</source>
        <translation>Nejlepší ostření %1 ± %2</translation>
    </message>
    <message>
        <source>Coarse estimate %1</source>
        <translation>Hrubý odhad %1</translation>
    </message>
</context>
<context>
    <name>reticle::SnapshotPollingSource</name>
    <message>
        <source>Snapshot polling</source>
        <translation>Dotazování snímků</translation>
    </message>
    <message>
        <source>The camera answered HTTP %1.</source>
        <translation>Kamera odpověděla HTTP %1.</translation>
    </message>
    <message>
        <source>Snapshot request failed: %1</source>
        <translation>Požadavek na snímek selhal: %1</translation>
    </message>
    <message>
        <source>The snapshot URL did not return an image.</source>
        <translation>Adresa URL snímku nevrátila obraz.</translation>
    </message>
</context>
<context>
    <name>reticle::StreamLossWatch</name>
    <message>
        <source>no frames from the camera</source>
        <translation>žádné snímky z kamery</translation>
    </message>
</context>
<context>
    <name>reticle::ToolOffsetWizardPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušit</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Pokračovat</translation>
    </message>
    <message>
        <source>&amp;Apply offsets…</source>
        <translation>&amp;Použít ofsety…</translation>
    </message>
    <message>
        <source>Stop and put back the tool and position the wizard started from (Esc)</source>
        <translation>Zastavit a vrátit nástroj a polohu, ze kterých průvodce začal (Esc)</translation>
    </message>
    <message>
        <source>Prepare: printer ready and homed, camera streaming</source>
        <translation>Příprava: tiskárna připravena a najetá, kamera vysílá</translation>
    </message>
    <message>
        <source>Measure T%1 (reference)</source>
        <translation>Změřit T%1 (reference)</translation>
    </message>
    <message>
        <source>Measure T%1</source>
        <translation>Změřit T%1</translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation>Kontrola a použití</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Spustit znovu</translation>
    </message>
    <message>
        <source>Home the printer, jog the reference nozzle over the camera, then press Start.</source>
        <translation>Najeďte tiskárnu do výchozí polohy, posuňte referenční trysku nad kameru a stiskněte Spustit.</translation>
    </message>
    <message>
        <source>&amp;Undo apply…</source>
        <translation>&amp;Vrátit použití…</translation>
    </message>
    <message>
        <source>Centring and review settings</source>
        <translation>Nastavení středění a kontroly</translation>
    </message>
    <message>
        <source>Fraction of the measured error corrected by each move (1 = all of it)</source>
        <translation>Podíl naměřené chyby opravený každým pohybem (1 = celá)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Largest single correction move; the camera&apos;s field of view may limit it further</source>
        <translation>Největší jednotlivý korekční pohyb; zorné pole kamery jej může dále omezit</translation>
    </message>
    <message>
        <source> µm</source>
        <translation> µm</translation>
    </message>
    <message>
        <source>The nozzle counts as centred when it is this close to the image centre</source>
        <translation>Tryska se považuje za vystředěnou, když je takto blízko středu obrazu</translation>
    </message>
    <message>
        <source>Corrections per tool before the wizard gives up</source>
        <translation>Počet korekcí na nástroj, než průvodce to vzdá</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time per tool before the wizard gives up</source>
        <translation>Čas na nástroj, než průvodce to vzdá</translation>
    </message>
    <message>
        <source>Measurements per tool once centred, each approached from the same side; their scatter is shown in the review</source>
        <translation>Měření na nástroj po vystředění, každé najeté ze stejné strany; jejich rozptyl se zobrazí v kontrole</translation>
    </message>
    <message>
        <source>Changes larger than this are flagged in the review</source>
        <translation>Větší změny jsou v kontrole označeny</translation>
    </message>
    <message>
        <source>&amp;Gain:</source>
        <translation>&amp;Zisk:</translation>
    </message>
    <message>
        <source>Step &amp;clamp:</source>
        <translation>&amp;Omezení kroku:</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Tolerance:</translation>
    </message>
    <message>
        <source>Max. &amp;iterations:</source>
        <translation>Max. &amp;iterací:</translation>
    </message>
    <message>
        <source>Max. ti&amp;me:</source>
        <translation>Max. ča&amp;s:</translation>
    </message>
    <message>
        <source>Measure&amp;ments:</source>
        <translation>&amp;Měření:</translation>
    </message>
    <message>
        <source>&amp;Flag Δ above:</source>
        <translation>Označit &amp;Δ nad:</translation>
    </message>
    <message>
        <source>Flagged (Δ above %1 mm): %2. Check these tools before applying.</source>
        <translation>Označeno (Δ nad %1 mm): %2. Před použitím tyto nástroje zkontrolujte.</translation>
    </message>
</context>
<context>
    <name>reticle::ToolOffsetWorkflow</name>
    <message>
        <source>Ready to start</source>
        <translation>Připraveno ke spuštění</translation>
    </message>
    <message>
        <source>Selecting T%1</source>
        <translation>Volí se T%1</translation>
    </message>
    <message>
        <source>Moving T%1 over the camera</source>
        <translation>T%1 se přesouvá nad kameru</translation>
    </message>
    <message>
        <source>Detecting the nozzle of T%1</source>
        <translation>Rozpoznává se tryska T%1</translation>
    </message>
    <message>
        <source>Click the nozzle of T%1 in the camera view</source>
        <translation>Klikněte v pohledu kamery na trysku T%1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pozastaveno: %1</translation>
    </message>
    <message>
        <source>Restoring the starting tool and position</source>
        <translation>Obnovuje se výchozí nástroj a poloha</translation>
    </message>
    <message>
        <source>Review the measured offsets</source>
        <translation>Zkontrolujte naměřené ofsety</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>No tools to measure.</source>
        <translation>Žádné nástroje k měření.</translation>
    </message>
    <message>
        <source>The printer is not ready: it must be connected, ready and homed.</source>
        <translation>Tiskárna není připravena: musí být připojena, připravena a mít najeté výchozí polohy.</translation>
    </message>
    <message>
        <source>No camera image.</source>
        <translation>Žádný obraz z kamery.</translation>
    </message>
    <message>
        <source>Measuring T%1</source>
        <translation>Měří se T%1</translation>
    </message>
    <message>
        <source>T%1: %2</source>
        <translation>T%1: %2</translation>
    </message>
    <message>
        <source>the printer is disconnected, so the tool and position were not restored</source>
        <translation>tiskárna je odpojena, proto nástroj a poloha nebyly obnoveny</translation>
    </message>
</context>
<context>
    <name>reticle::ToolPanel</name>
    <message>
        <source>Select</source>
        <translation>Vybrat</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Nástroj</translation>
    </message>
    <message>
        <source>X offset</source>
        <translation>Posun X</translation>
    </message>
    <message>
        <source>Y offset</source>
        <translation>Posun Y</translation>
    </message>
    <message>
        <source>Z offset</source>
        <translation>Posun Z</translation>
    </message>
    <message>
        <source>Active tool:</source>
        <translation>Aktivní nástroj:</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktivní)</translation>
    </message>
</context>
<context>
    <name>reticle::VideoSinkSource</name>
    <message>
        <source>A video frame in format %1 could not be converted.</source>
        <translation>Videosnímek ve formátu %1 nelze převést.</translation>
    </message>
</context>
<context>
    <name>reticle::WizardUi</name>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrace</translation>
    </message>
    <message>
        <source>&amp;Tool offsets…</source>
        <translation>&amp;Ofsety nástrojů…</translation>
    </message>
    <message>
        <source>Jog the reference nozzle over the camera, then measure every tool&apos;s offset</source>
        <translation>Posuňte referenční trysku nad kameru a pak změřte ofset každého nástroje</translation>
    </message>
    <message>
        <source>Tool offsets</source>
        <translation>Ofsety nástrojů</translation>
    </message>
    <message>
        <source>Connect to the printer and home it first, then jog the reference nozzle over the camera.</source>
        <translation>Nejprve se připojte k tiskárně a najeďte do výchozí polohy, pak posuňte referenční trysku nad kameru.</translation>
    </message>
    <message>
        <source>Open a camera that shows the nozzle first.</source>
        <translation>Nejprve otevřete kameru, která ukazuje trysku.</translation>
    </message>
    <message>
        <source>Using the saved camera calibration (RMS %1 µm)</source>
        <translation>Používá se uložená kalibrace kamery (RMS %1 µm)</translation>
    </message>
    <message>
        <source>Calibrating the camera by moves…</source>
        <translation>Kalibrace kamery pohyby…</translation>
    </message>
    <message>
        <source>Camera calibration</source>
        <translation>Kalibrace kamery</translation>
    </message>
    <message>
        <source>Apply offsets</source>
        <translation>Použít ofsety</translation>
    </message>
    <message>
        <source>Send these commands (%1)?</source>
        <translation>Odeslat tyto příkazy (%1)?</translation>
    </message>
    <message>
        <source>The offsets are active now. Send SAVE_CONFIG to keep them? Klipper restarts.</source>
        <translation>Ofsety jsou nyní aktivní. Odeslat SAVE_CONFIG pro jejich zachování? Klipper se restartuje.</translation>
    </message>
    <message>
        <source>Save offsets</source>
        <translation>Uložit ofsety</translation>
    </message>
    <message>
        <source>Offsets saved to %1</source>
        <translation>Ofsety uloženy do %1</translation>
    </message>
    <message>
        <source>A measurement is running. Cancel it or wait until it is done.</source>
        <translation>Probíhá měření. Zrušte je nebo počkejte, až skončí.</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Nic nebylo použito: %1</translation>
    </message>
    <message>
        <source>Put back the offsets the printer had before this apply (%1) and the previous entries of tools_config.json</source>
        <translation>Vrátit offsety, které tiskárna měla před tímto použitím (%1), a předchozí záznamy tools_config.json</translation>
    </message>
    <message>
        <source>Undo apply</source>
        <translation>Vrátit použití</translation>
    </message>
    <message>
        <source>Connect to the printer first.</source>
        <translation>Nejprve se připojte k tiskárně.</translation>
    </message>
    <message>
        <source>The offsets changed since Reticle applied them; someone else may have applied other values. Undo anyway and put back the values from before Reticle&apos;s apply?</source>
        <translation>Offsety se od použití Reticlem změnily; někdo jiný mohl použít jiné hodnoty. Přesto vrátit a obnovit hodnoty z doby před použitím Reticlem?</translation>
    </message>
    <message>
        <source>The printer does not report per-tool offsets, so Reticle cannot put them back: only tools_config.json is restored. Set the printer&apos;s offsets by hand. Continue?</source>
        <translation>Tiskárna nehlásí offsety jednotlivých nástrojů, takže je Reticle nemůže vrátit: obnoví se jen tools_config.json. Nastavte offsety tiskárny ručně. Pokračovat?</translation>
    </message>
    <message>
        <source>Send these commands (%1) to put back the offsets from before the apply, and restore the previous entries of tools_config.json?</source>
        <translation>Odeslat tyto příkazy (%1) pro vrácení offsetů z doby před použitím a obnovit předchozí záznamy tools_config.json?</translation>
    </message>
    <message>
        <source>The apply was undone; the previous offsets are back.</source>
        <translation>Použití bylo vráceno; předchozí offsety jsou zpět.</translation>
    </message>
</context>
<context>
    <name>reticle::sim</name>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 musí být číslo od %2 do %3, ne „%4“</translation>
    </message>
</context>
<context>
    <name>reticle::sim::SimulatorOptionsParser</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresa, na které se naslouchá (výchozí 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port of the Moonraker API (default 7125, 0 = any free port).</source>
        <translation>Port API Moonrakeru (výchozí 7125, 0 = libovolný volný port).</translation>
    </message>
    <message>
        <source>Number of extruder tools T0..Tn-1 (default 3).</source>
        <translation>Počet extruderových nástrojů T0..Tn-1 (výchozí 3).</translation>
    </message>
    <message>
        <source>Hidden true tool offsets in mm, e.g. &quot;T1:0.3,-0.2;T2:0.1,0.4,0.05&quot;.</source>
        <translation>Skryté skutečné offsety nástrojů v mm, např. &quot;T1:0.3,-0.2;T2:0.1,0.4,0.05&quot;.</translation>
    </message>
    <message>
        <source>Require this API key (default: no authentication).</source>
        <translation>Vyžadovat tento klíč API (výchozí: bez ověřování).</translation>
    </message>
    <message>
        <source>Seed of the simulated position noise (default 1).</source>
        <translation>Počáteční hodnota simulovaného šumu polohy (výchozí 1).</translation>
    </message>
    <message>
        <source>Backlash per axis in mm (default 0).</source>
        <translation>Vůle v každé ose v mm (výchozí 0).</translation>
    </message>
    <message>
        <source>Standard deviation of the per-move position error in mm (default 0).</source>
        <translation>Směrodatná odchylka chyby polohy při každém pohybu v mm (výchozí 0).</translation>
    </message>
    <message>
        <source>How tool offsets are applied: transform (klipper-toolchanger since 2025-12) or homing-origin (older, via SET_GCODE_OFFSET).</source>
        <translation>Jak se uplatňují offsety nástrojů: transform (klipper-toolchanger od 2025-12) nebo homing-origin (starší, přes SET_GCODE_OFFSET).</translation>
    </message>
    <message>
        <source>Add the camera tool C0.</source>
        <translation>Přidat kamerový nástroj C0.</translation>
    </message>
    <message>
        <source>Also offer the KTCC-style SET_TOOL_OFFSET command.</source>
        <translation>Nabídnout také příkaz SET_TOOL_OFFSET ve stylu KTCC.</translation>
    </message>
    <message>
        <source>Maximum velocity in mm/s (default 300).</source>
        <translation>Maximální rychlost v mm/s (výchozí 300).</translation>
    </message>
    <message>
        <source>Maximum acceleration in mm/s² (default 3000).</source>
        <translation>Maximální zrychlení v mm/s² (výchozí 3000).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ není adresa IP</translation>
    </message>
    <message>
        <source>--api-port must be a port number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--api-port musí být číslo portu od 0 do 65535, ne „%1“</translation>
    </message>
    <message>
        <source>--tools must be a whole number from 1 to 16, not &apos;%1&apos;</source>
        <translation>--tools musí být celé číslo od 1 do 16, ne „%1“</translation>
    </message>
    <message>
        <source>--offset-model must be &apos;transform&apos; or &apos;homing-origin&apos;, not &apos;%1&apos;</source>
        <translation>--offset-model musí být „transform“ nebo „homing-origin“, ne „%1“</translation>
    </message>
    <message>
        <source>--api-key must not be empty</source>
        <translation>--api-key nesmí být prázdný</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed musí být celé číslo od 0 do 4294967295, ne „%1“</translation>
    </message>
    <message>
        <source>--offsets is empty; expected e.g. &quot;T1:0.3,-0.2;T2:0.1,0.4,0.05&quot;</source>
        <translation>--offsets je prázdný; očekává se např. &quot;T1:0.3,-0.2;T2:0.1,0.4,0.05&quot;</translation>
    </message>
    <message>
        <source>--offsets entry &apos;%1&apos; is not of the form T&lt;n&gt;:dx,dy[,dz]</source>
        <translation>Položka --offsets „%1“ nemá tvar T&lt;n&gt;:dx,dy[,dz]</translation>
    </message>
    <message>
        <source>--offsets names &apos;%1&apos; but there is no such camera tool (use --camera-tool for C0)</source>
        <translation>--offsets uvádí „%1“, ale takový kamerový nástroj neexistuje (pro C0 použijte --camera-tool)</translation>
    </message>
    <message>
        <source>--offsets names tool T%1 but only T0 to T%2 exist</source>
        <translation>--offsets uvádí nástroj T%1, ale existují jen T0 až T%2</translation>
    </message>
    <message>
        <source>--offsets entry &apos;%1&apos; needs two or three numbers</source>
        <translation>Položka --offsets „%1“ potřebuje dvě nebo tři čísla</translation>
    </message>
    <message>
        <source>--offsets entry &apos;%1&apos;: &apos;%2&apos; is not an offset in mm (at most 50)</source>
        <translation>Položka --offsets „%1“: „%2“ není offset v mm (nejvýše 50)</translation>
    </message>
    <message>
        <source>Add a server.webcams.list entry, e.g. &quot;name=bed;stream=/webcam/?action=stream;snapshot=;rotation=90;flip=h&quot; (repeatable).</source>
        <translation>Přidat položku do server.webcams.list, např. &quot;name=bed;stream=/webcam/?action=stream;snapshot=;rotation=90;flip=h&quot; (lze opakovat).</translation>
    </message>
    <message>
        <source>--webcam part &apos;%1&apos; is not of the form key=value</source>
        <translation>Část --webcam „%1“ nemá tvar klíč=hodnota</translation>
    </message>
    <message>
        <source>--webcam rotation must be 0, 90, 180 or 270, not &apos;%1&apos;</source>
        <translation>Otočení --webcam musí být 0, 90, 180 nebo 270, ne „%1“</translation>
    </message>
    <message>
        <source>--webcam flip must be h, v or hv, not &apos;%1&apos;</source>
        <translation>Zrcadlení --webcam musí být h, v nebo hv, ne „%1“</translation>
    </message>
    <message>
        <source>--webcam has no setting &apos;%1&apos; (name, stream, snapshot, uid, service, rotation, flip)</source>
        <translation>--webcam nemá nastavení „%1“ (name, stream, snapshot, uid, service, rotation, flip)</translation>
    </message>
    <message>
        <source>--webcam needs at least name=... and stream=...</source>
        <translation>--webcam potřebuje alespoň name=... a stream=...</translation>
    </message>
    <message>
        <source>Push the status update right after each G-code script&apos;s reply (besides every 250 ms), so clients see the same order of events every run.</source>
        <translation>Odeslat aktualizaci stavu hned po odpovědi na každý skript G-kódu (kromě intervalu 250 ms), aby klienti při každém běhu viděli stejné pořadí událostí.</translation>
    </message>
</context>
</TS>
