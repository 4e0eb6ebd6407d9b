/**
 * The localized strings `wsl.exe` prints around a distribution list, in the 22 locales that
 * microsoft/WSL ships (`localization/strings/<locale>/Resources.resw`, keys
 * MessageRegisteredDistrosHeader, MessagePrintDistroDefault, MessageNoDefaultDistro (first
 * line), MessageNoRunningDistro, MessageErrorCode, MessageDistributionListOnline,
 * MessageInvalidCommandLine (first line); read at commit 3e27a6a50177, 2026-08-08), plus the
 * older wordings of inbox builds seen in real pastes. The parser recognises a line by these
 * strings; the `-v` table itself is English in every language and needs none of them.
 */

/** The strings of one shipped locale. `{}` stands for the distribution name. */
export interface WslLocaleStrings {
  /** BCP-47 tag of the resource folder, e.g. `ko-KR`. */
  locale: string;
  /** First line of `wsl -l`. */
  header: string;
  /** The default row of `wsl -l`, e.g. `{} (Default)`; ko-KR has no space, nb-NO a no-break space. */
  defaultRow: string;
  /** First line of the "no installed distributions" message. */
  noDistributions: string;
  /** `wsl -l --running` when nothing runs. */
  noRunning: string;
  /** The label before an error code (`Error code:`). */
  errorLabel: string;
  /** The two-line preamble of `wsl --list --online` (`{}` filled with `--install`, as wsl.exe does). */
  onlinePreamble: string;
  /** Start of the "invalid command line argument" message. */
  invalidArgument: string;
}

/** The 22 shipped locales, in the order of the resource folders (en-US is the source). */
export const WSL_LOCALES: readonly WslLocaleStrings[] = [
  {
    locale: 'cs-CZ',
    header: 'Distribuce Subsystému Windows pro Linux:',
    defaultRow: '{} (Výchozí)',
    noDistributions: 'Subsystém Windows pro Linux nemá žádné nainstalované distribuce.',
    noRunning: 'Nejsou spuštěny žádné distribuce.',
    errorLabel: 'Kód chyby:',
    onlinePreamble: 'Následuje seznam platných distribucí, které lze nainstalovat.\nNainstalovat pomocí souboru wsl.exe --install <Distro>.',
    invalidArgument: 'Neplatný argument příkazového řádku:',
  },
  {
    locale: 'da-DK',
    header: 'Windows-undersystem til Linux-distributioner:',
    defaultRow: '{} (Standard)',
    noDistributions: 'Windows-undersystem til Linux har ingen installerede distributioner.',
    noRunning: 'Der er ingen kørende distributioner.',
    errorLabel: 'Fejlkode:',
    onlinePreamble: 'Nedenfor vises en liste over gyldige distributioner, der kan installeres.\nInstaller ved hjælp af \'wsl.exe --install <Distro>\'.',
    invalidArgument: 'Ugyldigt kommandolinjeargument:',
  },
  {
    locale: 'de-DE',
    header: 'Windows Subsystem für Linux-Distributionen:',
    defaultRow: '{} (Standard)',
    noDistributions: 'Windows-Subsystem für Linux verfügt über keine installierten Distributionen.',
    noRunning: 'Es werden keine Distributionen ausgeführt.',
    errorLabel: 'Fehlercode:',
    onlinePreamble: 'Im Folgenden finden Sie eine Liste gültiger Distributionen, die installiert werden können.\nMit "wsl.exe --install <Distro>" installieren.',
    invalidArgument: 'Ungültiges Befehlszeilenargument:',
  },
  {
    locale: 'en-GB',
    header: 'Windows Subsystem for Linux Distributions:',
    defaultRow: '{} (Default)',
    noDistributions: 'Windows Subsystem for Linux has no installed distributions.',
    noRunning: 'There are no running distributions.',
    errorLabel: 'Error code:',
    onlinePreamble: 'The following is a list of valid distributions that can be installed.\nInstall using \'wsl.exe --install <Distro>\'.',
    invalidArgument: 'Invalid command line argument:',
  },
  {
    locale: 'en-US',
    header: 'Windows Subsystem for Linux Distributions:',
    defaultRow: '{} (Default)',
    noDistributions: 'Windows Subsystem for Linux has no installed distributions.',
    noRunning: 'There are no running distributions.',
    errorLabel: 'Error code:',
    onlinePreamble: 'The following is a list of valid distributions that can be installed.\nInstall using \'wsl.exe --install <Distro>\'.',
    invalidArgument: 'Invalid command line argument:',
  },
  {
    locale: 'es-ES',
    header: 'Distribuciones de subsistema de Windows para Linux:',
    defaultRow: '{} (Predeterminado)',
    noDistributions: 'Subsistema de Windows para Linux no tiene distribuciones instaladas.',
    noRunning: 'No hay distribuciones en ejecución.',
    errorLabel: 'Código de error:',
    onlinePreamble: 'A continuación se muestra una lista de distribuciones válidas que se pueden instalar.\nInstalar con "wsl.exe --install <Distro>".',
    invalidArgument: 'Argumento de línea de comandos no válido:',
  },
  {
    locale: 'fi-FI',
    header: 'Windows-alijärjestelmä Linuxille -jakelut:',
    defaultRow: '{} (Oletus)',
    noDistributions: 'Windows-alijärjestelmä Linuxille ei ole asennettuja jakeluja.',
    noRunning: 'Jakeluja ei ole käynnissä.',
    errorLabel: 'Virhekoodi:',
    onlinePreamble: 'Seuraava on luettelo kelvollisista jakeluista, jotka voidaan asentaa.\nAsenna käyttämällä tiedostoa wsl.exe --install <Distro>.',
    invalidArgument: 'Komentorivin argumentti ei kelpaa:',
  },
  {
    locale: 'fr-FR',
    header: 'Distributions du Sous-système Windows pour Linux\u00a0:',
    defaultRow: '{} (par défaut)',
    noDistributions: 'Sous-système Windows pour Linux n’a aucune distribution installée.',
    noRunning: 'Aucune distribution en cours d\'exécution.',
    errorLabel: 'Code d\'erreur\u00a0:',
    onlinePreamble: 'Voici la liste des distributions valides qui peuvent être installées.\nInstallez à l’aide de \'wsl.exe --install <Distro>\'.',
    invalidArgument: 'Argument de ligne de commande non valide :',
  },
  {
    locale: 'hu-HU',
    header: 'Linuxos Windows-alrendszer disztribúciók:',
    defaultRow: '{} (alapértelmezett)',
    noDistributions: 'A Linuxos Windows-alrendszer nem rendelkezik telepített disztribúciókkal.',
    noRunning: 'Nincsenek futó disztribúciók.',
    errorLabel: 'Hibakód:',
    onlinePreamble: 'Az alábbi lista az érvényes, telepíthető disztribúciókat tartalmazza.\nTelepítés a wsl.exe --install <Distro> használatával.',
    invalidArgument: 'Érvénytelen parancssori argumentum:',
  },
  {
    locale: 'it-IT',
    header: 'Distribuzioni del Sottosistema Windows per Linux:',
    defaultRow: '{} (Predefinito)',
    noDistributions: 'sottosistema Windows per Linux non ha distribuzioni installate.',
    noRunning: 'Nessuna distribuzione in corso.',
    errorLabel: 'Codice errore:',
    onlinePreamble: 'Di seguito è riportato un elenco di distribuzioni valide che è possibile installare.\nInstallare con \'wsl.exe --install <Distro>\'.',
    invalidArgument: 'Argomento della riga di comando non valido:',
  },
  {
    locale: 'ja-JP',
    header: 'Linux 用 Windows サブシステム ディストリビューション:',
    defaultRow: '{} (既定値)',
    noDistributions: 'Linux 用 Windows サブシステムにインストールされているディストリビューションはありません。',
    noRunning: '実行中のディストリビューションはありません。',
    errorLabel: 'エラー コード:',
    onlinePreamble: 'インストールできる有効なディストリビューションの一覧を次に示します。\n\'wsl.exe --install <Distro>\' を使用してインストールします。',
    invalidArgument: '無効なコマンド ライン引数:',
  },
  {
    locale: 'ko-KR',
    header: 'Linux용 Windows 하위 시스템 배포:',
    defaultRow: '{}(기본값)',
    noDistributions: 'Linux용 Windows 하위 시스템 설치된 배포가 없습니다.',
    noRunning: '실행 중인 배포가 없습니다.',
    errorLabel: '오류 코드:',
    onlinePreamble: '다음은 설치할 수 있는 유효한 배포 목록입니다.\n\'wsl.exe --install <Distro>\'을 사용하여 설치합니다.',
    invalidArgument: '잘못된 명령줄 인수:',
  },
  {
    locale: 'nb-NO',
    header: 'Windows-undersystem for Linux-distribusjoner:',
    defaultRow: '{}\u00a0(standard)',
    noDistributions: 'Windows-undersystem for Linux har ingen installerte distribusjoner.',
    noRunning: 'Det finnes ingen distribusjoner som kjører.',
    errorLabel: 'Feilkode:',
    onlinePreamble: 'Nedenfor vises en liste over gyldige distribusjoner som kan installeres.\nInstaller ved hjelp av wsl.exe --install <Distro>.',
    invalidArgument: 'Ugyldig kommandolinjeargument:',
  },
  {
    locale: 'nl-NL',
    header: 'Windows-subsysteem voor Linux distributies:',
    defaultRow: '{} (Standaard)',
    noDistributions: 'Windows-subsysteem voor Linux heeft geen geïnstalleerde distributies.',
    noRunning: 'Er zijn geen actieve distributies.',
    errorLabel: 'Foutcode:',
    onlinePreamble: 'Hier volgt een lijst met geldige distributies die kunnen worden geïnstalleerd.\nInstalleren met wsl.exe --install <Distro>.',
    invalidArgument: 'Ongeldig opdrachtregelargument:',
  },
  {
    locale: 'pl-PL',
    header: 'Podsystem Windows dla dystrybucji systemu Linux:',
    defaultRow: '{} (domyślnie)',
    noDistributions: 'Podsystem Windows dla systemu Linux nie ma zainstalowanych dystrybucji.',
    noRunning: 'Brak uruchomionych dystrybucji.',
    errorLabel: 'Kod błędu:',
    onlinePreamble: 'Poniżej znajduje się lista prawidłowych dystrybucji, które można zainstalować.\nZainstaluj przy użyciu <Distro> "wsl.exe --install".',
    invalidArgument: 'Nieprawidłowy argument wiersza polecenia:',
  },
  {
    locale: 'pt-BR',
    header: 'Distribuições do Subsistema do Windows para Linux:',
    defaultRow: '{} (Padrão)',
    noDistributions: 'Subsistema do Windows para Linux não tem distribuições instaladas.',
    noRunning: 'Não há distribuições em execução.',
    errorLabel: 'Código de erro:',
    onlinePreamble: 'A seguir está uma lista de distribuições válidas que podem ser instaladas.\nInstale usando \'wsl.exe --install <Distro>\'.',
    invalidArgument: 'Argumento de linha de comando inválido:',
  },
  {
    locale: 'pt-PT',
    header: 'Subsistema Windows para Distribuições do Linux:',
    defaultRow: '{} (Predefinição)',
    noDistributions: 'Subsistema Windows para Linux não tem distribuições instaladas.',
    noRunning: 'Não existem distribuições em execução.',
    errorLabel: 'Código de erro:',
    onlinePreamble: 'Segue-se uma lista de distribuições válidas que podem ser instaladas.\nInstale com "wsl.exe --install <Distro>".',
    invalidArgument: 'Argumento de linha de comandos inválido:',
  },
  {
    locale: 'ru-RU',
    header: 'Дистрибутивы подсистемы Windows для Linux:',
    defaultRow: '{} (по умолчанию)',
    noDistributions: 'подсистема Windows для Linux не имеет установленных дистрибутивов.',
    noRunning: 'Нет выполняющихся дистрибутивов.',
    errorLabel: 'Код ошибки:',
    onlinePreamble: 'Ниже указан список допустимых дистрибутивов, которые можно установить.\nУстановить с помощью "wsl.exe --install <Distro>".',
    invalidArgument: 'Недопустимый аргумент командной строки:',
  },
  {
    locale: 'sv-SE',
    header: 'Windows-undersystem för Linux-distributioner:',
    defaultRow: '{} (Standardinställning)',
    noDistributions: 'Windows-undersystem för Linux har inga installerade distributioner.',
    noRunning: 'Det finns inga distributioner som körs.',
    errorLabel: 'Felkod:',
    onlinePreamble: 'Följande är en lista över giltiga distributioner som kan installeras.\nInstallera med wsl.exe --install <Distro>.',
    invalidArgument: 'Ogiltigt kommandoradsargument:',
  },
  {
    locale: 'tr-TR',
    header: 'Linux için Windows Alt Sistemi Dağıtımları:',
    defaultRow: '{} (Varsayılan)',
    noDistributions: 'Linux için Windows Alt Sistemi\'nde yüklü dağıtım yok.',
    noRunning: 'Çalışan dağıtım yok.',
    errorLabel: 'Hata kodu:',
    onlinePreamble: 'Aşağıdakiler, yüklenemedik geçerli dağıtımların listesidir.\n\'wsl.exe --install <Distro>\' kullanarak yükleyin.',
    invalidArgument: 'Geçersiz komut satırı bağımsız değişkeni:',
  },
  {
    locale: 'zh-CN',
    header: '适用于 Linux 的 Windows 子系统分发:',
    defaultRow: '{} (默认值)',
    noDistributions: '适用于 Linux 的 Windows 子系统没有已安装的分发。',
    noRunning: '没有正在运行的分发。',
    errorLabel: '错误代码:',
    onlinePreamble: '以下是可安装的有效分发的列表。\n使用“wsl.exe --install <Distro>”安装。',
    invalidArgument: '无效的命令行参数：',
  },
  {
    locale: 'zh-TW',
    header: 'Windows 子系統 Linux 版發佈:',
    defaultRow: '{} (預設)',
    noDistributions: 'Windows 子系統 Linux 版 沒有已安裝的發佈。',
    noRunning: '沒有任何執行中的發佈。',
    errorLabel: '錯誤碼:',
    onlinePreamble: '下列是可安裝的有效發佈清單。\n使用 \'wsl.exe --install <Distro>\' 安裝.',
    invalidArgument: '無效的命令行自變數：',
  },
];

/** Older inbox-build wordings seen in pastes, as `[locale, text]`. */
export const OLDER_HEADERS: readonly (readonly [string, string])[] = [
  // Windows 10 inbox wsl.exe / wslconfig (German and Simplified Chinese public pastes).
  ['de-DE', 'Windows-Subsystem für Linux-Distributionen:'],
  ['zh-CN', '适用于 Linux 的 Windows 子系统分发版:'],
];

/** Older default-row suffixes (any parenthesised suffix is accepted; these only name the locale). */
export const OLDER_SUFFIXES: readonly (readonly [string, string])[] = [
  ['ja-JP', '(既定)'], // wezterm/wezterm#1462
  ['zh-CN', '(默认)'],
  ['es-ES', '(predet.)'], // microsoft/vscode#120321
];

/** Older first lines of the "no installed distributions" message. */
export const OLDER_NO_DISTRIBUTIONS: readonly (readonly [string, string])[] = [
  ['ko-KR', 'Linux용 Windows 하위 시스템에 배포가 설치되어 있지 않습니다.'],
  ['tr-TR', 'Linux için Windows Alt Sistemi yüklü dağıtımı yok.'],
];

/** Older first lines of usage errors (builds before 18305 did not know `--list`). */
export const OLDER_USAGE_STARTS: readonly string[] = ['Invalid command line option:', '命令行选项无效:'];
