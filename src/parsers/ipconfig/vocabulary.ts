/**
 * The words `ipconfig` prints, per display language: field labels, adapter type words,
 * yes/no, enabled/disabled, address status suffixes, the disconnected media state.
 * Each table holds the strings as printed (seen in real pastes unless marked "inferred":
 * guessed from the language's Windows terminology, not seen in a paste),
 * so that the test renderer can print them too; the parser looks them up through
 * {@link labelKey}, which ignores case, spacing and dot leaders.
 */

/** The display languages the tables cover. `pt` is Brazilian Portuguese (with some pt-PT XP labels). */
export type IpconfigLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'ru' | 'ja' | 'ko' | 'zh';

/** Every language, in tie-breaking order. */
export const LANGUAGES: readonly IpconfigLanguage[] = ['en', 'de', 'fr', 'es', 'pt', 'ru', 'ja', 'ko', 'zh'];

/** What a label means. Host fields first, then adapter fields. */
export type FieldKey =
  | 'hostName'
  | 'primaryDnsSuffix'
  | 'nodeType'
  | 'ipRoutingEnabled'
  | 'winsProxyEnabled'
  | 'dnsSuffixSearchList'
  | 'mediaState'
  | 'connectionSpecificDnsSuffix'
  | 'description'
  | 'physicalAddress'
  | 'dhcpEnabled'
  | 'autoconfigurationEnabled'
  | 'ipv6Address'
  | 'temporaryIpv6Address'
  | 'linkLocalIpv6Address'
  | 'ipv4Address'
  | 'autoconfigurationIpv4Address'
  | 'ipAddress'
  | 'subnetMask'
  | 'leaseObtained'
  | 'leaseExpires'
  | 'defaultGateway'
  | 'dhcpServer'
  | 'dhcpv6Iaid'
  | 'dhcpv6ClientDuid'
  | 'dnsServers'
  | 'primaryWinsServer'
  | 'secondaryWinsServer'
  | 'netbiosOverTcpip'
  | 'connectionSpecificDnsSuffixSearchList';

/** The fields of the global block that `/all` prints before the adapters. */
export const HOST_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'hostName',
  'primaryDnsSuffix',
  'nodeType',
  'ipRoutingEnabled',
  'winsProxyEnabled',
  'dnsSuffixSearchList',
]);

/** Labels per language, as printed; the first label of a field is the current wording. */
export const LABELS: Readonly<Record<IpconfigLanguage, Partial<Record<FieldKey, readonly string[]>>>> = {
  en: {
    hostName: ['Host Name'],
    primaryDnsSuffix: ['Primary Dns Suffix'],
    nodeType: ['Node Type'],
    ipRoutingEnabled: ['IP Routing Enabled'],
    winsProxyEnabled: ['WINS Proxy Enabled'],
    dnsSuffixSearchList: ['DNS Suffix Search List'],
    mediaState: ['Media State'],
    connectionSpecificDnsSuffix: ['Connection-specific DNS Suffix'],
    description: ['Description'],
    physicalAddress: ['Physical Address'],
    dhcpEnabled: ['DHCP Enabled', 'Dhcp Enabled'],
    autoconfigurationEnabled: ['Autoconfiguration Enabled'],
    ipv6Address: ['IPv6 Address'],
    temporaryIpv6Address: ['Temporary IPv6 Address'],
    linkLocalIpv6Address: ['Link-local IPv6 Address'],
    ipv4Address: ['IPv4 Address'],
    autoconfigurationIpv4Address: ['Autoconfiguration IPv4 Address', 'Autoconfiguration IP Address'],
    ipAddress: ['IP Address'],
    subnetMask: ['Subnet Mask'],
    leaseObtained: ['Lease Obtained'],
    leaseExpires: ['Lease Expires'],
    defaultGateway: ['Default Gateway'],
    dhcpServer: ['DHCP Server'],
    dhcpv6Iaid: ['DHCPv6 IAID'],
    dhcpv6ClientDuid: ['DHCPv6 Client DUID'],
    dnsServers: ['DNS Servers'],
    primaryWinsServer: ['Primary WINS Server'],
    secondaryWinsServer: ['Secondary WINS Server'],
    netbiosOverTcpip: ['NetBIOS over Tcpip', 'NetBIOS over TCP/IP'],
    connectionSpecificDnsSuffixSearchList: ['Connection-specific DNS Suffix Search List'],
  },
  de: {
    hostName: ['Hostname'],
    primaryDnsSuffix: ['Primäres DNS-Suffix'],
    nodeType: ['Knotentyp'],
    ipRoutingEnabled: ['IP-Routing aktiviert'],
    winsProxyEnabled: ['WINS-Proxy aktiviert'],
    dnsSuffixSearchList: ['DNS-Suffixsuchliste'],
    mediaState: ['Medienstatus'],
    connectionSpecificDnsSuffix: ['Verbindungsspezifisches DNS-Suffix'],
    description: ['Beschreibung'],
    physicalAddress: ['Physische Adresse', 'Physikalische Adresse'],
    dhcpEnabled: ['DHCP aktiviert'],
    autoconfigurationEnabled: ['Autokonfiguration aktiviert'],
    ipv6Address: ['IPv6-Adresse'],
    temporaryIpv6Address: ['Temporäre IPv6-Adresse'],
    linkLocalIpv6Address: ['Verbindungslokale IPv6-Adresse'],
    ipv4Address: ['IPv4-Adresse'],
    autoconfigurationIpv4Address: ['IPv4-Adresse (Auto. Konfiguration)', 'IP-Adresse (Auto. Konfiguration)'],
    ipAddress: ['IP-Adresse'],
    subnetMask: ['Subnetzmaske'],
    leaseObtained: ['Lease erhalten'],
    leaseExpires: ['Lease läuft ab'],
    defaultGateway: ['Standardgateway'],
    dhcpServer: ['DHCP-Server'],
    dhcpv6Iaid: ['DHCPv6-IAID'],
    dhcpv6ClientDuid: ['DHCPv6-Client-DUID'],
    dnsServers: ['DNS-Server'],
    primaryWinsServer: ['Primärer WINS-Server'],
    secondaryWinsServer: ['Sekundärer WINS-Server'],
    netbiosOverTcpip: ['NetBIOS über TCP/IP'],
    connectionSpecificDnsSuffixSearchList: ['Suchliste für verbindungsspezifische DNS-Suffixe'], // inferred
  },
  fr: {
    hostName: ["Nom de l'hôte", "Nom d'hôte"],
    primaryDnsSuffix: ['Suffixe DNS principal'],
    nodeType: ['Type de noeud', 'Type de nœud'],
    ipRoutingEnabled: ['Routage IP activé'],
    winsProxyEnabled: ['Proxy WINS activé'],
    dnsSuffixSearchList: ['Liste de recherche du suffixe DNS', 'Liste de recherche de suffixes DNS'],
    mediaState: ['Statut du média'],
    connectionSpecificDnsSuffix: ['Suffixe DNS propre à la connexion'],
    description: ['Description'],
    physicalAddress: ['Adresse physique'],
    dhcpEnabled: ['DHCP activé'],
    autoconfigurationEnabled: ['Configuration automatique activée'],
    ipv6Address: ['Adresse IPv6'],
    temporaryIpv6Address: ['Adresse IPv6 temporaire'],
    linkLocalIpv6Address: ['Adresse IPv6 de liaison locale'],
    ipv4Address: ['Adresse IPv4'],
    autoconfigurationIpv4Address: ['Adresse IPv4 de configuration automatique'], // inferred
    ipAddress: ['Adresse IP'],
    subnetMask: ['Masque de sous-réseau'],
    leaseObtained: ['Bail obtenu'],
    leaseExpires: ['Bail expirant', 'Le bail expire'],
    defaultGateway: ['Passerelle par défaut'],
    dhcpServer: ['Serveur DHCP'],
    dhcpv6Iaid: ['IAID DHCPv6'],
    dhcpv6ClientDuid: ['DUID de client DHCPv6'],
    dnsServers: ['Serveurs DNS'],
    primaryWinsServer: ['Serveur WINS principal'],
    secondaryWinsServer: ['Serveur WINS secondaire'],
    netbiosOverTcpip: ['NetBIOS sur Tcpip', 'NetBIOS sur TCP/IP'],
    connectionSpecificDnsSuffixSearchList: ['Liste de recherche de suffixes DNS propres à la connexion'], // inferred
  },
  es: {
    hostName: ['Nombre de host'],
    primaryDnsSuffix: ['Sufijo DNS principal'],
    nodeType: ['Tipo de nodo'],
    ipRoutingEnabled: ['Enrutamiento IP habilitado'],
    winsProxyEnabled: ['Proxy WINS habilitado'],
    dnsSuffixSearchList: ['Lista de búsqueda de sufijos DNS'],
    mediaState: ['Estado de los medios'],
    connectionSpecificDnsSuffix: ['Sufijo DNS específico para la conexión'],
    description: ['Descripción'],
    physicalAddress: ['Dirección física'],
    dhcpEnabled: ['DHCP habilitado'],
    autoconfigurationEnabled: ['Configuración automática habilitada'],
    ipv6Address: ['Dirección IPv6'],
    temporaryIpv6Address: ['Dirección IPv6 temporal'],
    linkLocalIpv6Address: ['Vínculo: dirección IPv6 local'],
    ipv4Address: ['Dirección IPv4'],
    autoconfigurationIpv4Address: ['Dirección IPv4 de configuración automática'],
    ipAddress: ['Dirección IP'],
    subnetMask: ['Máscara de subred'],
    leaseObtained: ['Concesión obtenida'],
    leaseExpires: ['La concesión expira'],
    defaultGateway: ['Puerta de enlace predeterminada'],
    dhcpServer: ['Servidor DHCP'],
    dhcpv6Iaid: ['IAID DHCPv6'],
    dhcpv6ClientDuid: ['DUID de cliente DHCPv6'],
    dnsServers: ['Servidores DNS'],
    primaryWinsServer: ['Servidor WINS principal'],
    secondaryWinsServer: ['Servidor WINS secundario'],
    netbiosOverTcpip: ['NetBIOS sobre TCP/IP'],
    connectionSpecificDnsSuffixSearchList: ['Lista de búsqueda de sufijos DNS específicos de conexión'],
  },
  pt: {
    hostName: ['Nome do host', 'Nome do sistema anfitrião'],
    primaryDnsSuffix: ['Sufixo DNS primário', 'Sufixo DNS principal'],
    nodeType: ['Tipo de nó'],
    ipRoutingEnabled: ['Roteamento de IP ativado', 'Rota IP activado'],
    winsProxyEnabled: ['Proxy WINS ativado', 'WINS Proxy activado'],
    dnsSuffixSearchList: ['Lista de pesquisa de sufixo DNS'],
    mediaState: ['Estado da mídia'],
    connectionSpecificDnsSuffix: ['Sufixo DNS específico de conexão', 'Sufixo DNS específico da ligação'],
    description: ['Descrição'],
    physicalAddress: ['Endereço Físico'],
    dhcpEnabled: ['DHCP Habilitado', 'DHCP activado'],
    autoconfigurationEnabled: ['Configuração Automática Habilitada'],
    ipv6Address: ['Endereço IPv6'],
    temporaryIpv6Address: ['Endereço IPv6 Temporário'],
    linkLocalIpv6Address: ['Endereço IPv6 de link local'],
    ipv4Address: ['Endereço IPv4'],
    autoconfigurationIpv4Address: ['Endereço IPv4 de Configuração Automática'], // inferred
    ipAddress: ['Endereço IP'],
    subnetMask: ['Máscara de Sub-rede'],
    leaseObtained: ['Concessão Obtida'],
    leaseExpires: ['Concessão Expira'],
    defaultGateway: ['Gateway Padrão', 'Gateway predefinido'],
    dhcpServer: ['Servidor DHCP'],
    dhcpv6Iaid: ['IAID de DHCPv6'],
    dhcpv6ClientDuid: ['DUID de Cliente DHCPv6'],
    dnsServers: ['Servidores DNS'],
    primaryWinsServer: ['Servidor WINS Primário'],
    secondaryWinsServer: ['Servidor WINS Secundário'],
    netbiosOverTcpip: ['NetBIOS em Tcpip'],
    connectionSpecificDnsSuffixSearchList: ['Lista de pesquisa de sufixos DNS específicos da conexão'],
  },
  ru: {
    hostName: ['Имя компьютера'],
    primaryDnsSuffix: ['Основной DNS-суффикс'],
    nodeType: ['Тип узла'],
    ipRoutingEnabled: ['IP-маршрутизация включена'],
    winsProxyEnabled: ['WINS-прокси включен'],
    dnsSuffixSearchList: ['Порядок просмотра суффиксов DNS'],
    mediaState: ['Состояние среды'],
    connectionSpecificDnsSuffix: ['DNS-суффикс подключения'],
    description: ['Описание'],
    physicalAddress: ['Физический адрес'],
    dhcpEnabled: ['DHCP включен'],
    autoconfigurationEnabled: ['Автонастройка включена'],
    ipv6Address: ['IPv6-адрес'],
    temporaryIpv6Address: ['Временный IPv6-адрес'],
    linkLocalIpv6Address: ['Локальный IPv6-адрес канала'],
    ipv4Address: ['IPv4-адрес'],
    autoconfigurationIpv4Address: ['Автонастройка IPv4-адреса'],
    ipAddress: ['IP-адрес'],
    subnetMask: ['Маска подсети'],
    leaseObtained: ['Аренда получена'], // inferred
    leaseExpires: ['Срок аренды истекает'], // inferred
    defaultGateway: ['Основной шлюз'],
    dhcpServer: ['DHCP-сервер'],
    dhcpv6Iaid: ['IAID DHCPv6'],
    dhcpv6ClientDuid: ['DUID клиента DHCPv6'],
    dnsServers: ['DNS-серверы'],
    primaryWinsServer: ['Основной WINS-сервер', 'Первичный WINS-сервер'], // inferred
    secondaryWinsServer: ['Дополнительный WINS-сервер', 'Вторичный WINS-сервер'], // inferred
    netbiosOverTcpip: ['NetBios через TCP/IP', 'NetBIOS через TCP/IP'],
    connectionSpecificDnsSuffixSearchList: ['Список поиска DNS-суффиксов подключения'],
  },
  ja: {
    hostName: ['ホスト名'],
    primaryDnsSuffix: ['プライマリ DNS サフィックス'],
    nodeType: ['ノード タイプ'],
    ipRoutingEnabled: ['IP ルーティング有効'],
    winsProxyEnabled: ['WINS プロキシ有効'],
    dnsSuffixSearchList: ['DNS サフィックス検索一覧'],
    mediaState: ['メディアの状態'],
    connectionSpecificDnsSuffix: ['接続固有の DNS サフィックス'],
    description: ['説明'],
    physicalAddress: ['物理アドレス'],
    dhcpEnabled: ['DHCP 有効'],
    autoconfigurationEnabled: ['自動構成有効'],
    ipv6Address: ['IPv6 アドレス'],
    temporaryIpv6Address: ['一時 IPv6 アドレス'],
    linkLocalIpv6Address: ['リンクローカル IPv6 アドレス'],
    ipv4Address: ['IPv4 アドレス'],
    autoconfigurationIpv4Address: ['自動構成 IPv4 アドレス'],
    ipAddress: ['IP アドレス'],
    subnetMask: ['サブネット マスク'],
    leaseObtained: ['リース取得'],
    leaseExpires: ['リースの有効期限'],
    defaultGateway: ['デフォルト ゲートウェイ'],
    dhcpServer: ['DHCP サーバー'],
    dhcpv6Iaid: ['DHCPv6 IAID'],
    dhcpv6ClientDuid: ['DHCPv6 クライアント DUID'],
    dnsServers: ['DNS サーバー'],
    primaryWinsServer: ['プライマリ WINS サーバー'],
    secondaryWinsServer: ['セカンダリ WINS サーバー'],
    netbiosOverTcpip: ['NetBIOS over TCP/IP'],
    connectionSpecificDnsSuffixSearchList: ['接続固有の DNS サフィックス検索の一覧'], // inferred
  },
  ko: {
    hostName: ['호스트 이름'],
    primaryDnsSuffix: ['주 DNS 접미사'],
    nodeType: ['노드 유형'],
    ipRoutingEnabled: ['IP 라우팅 사용'],
    winsProxyEnabled: ['WINS 프록시 사용'],
    dnsSuffixSearchList: ['DNS 접미사 검색 목록'],
    mediaState: ['미디어 상태'],
    connectionSpecificDnsSuffix: ['연결별 DNS 접미사'],
    description: ['설명'],
    physicalAddress: ['물리적 주소'],
    dhcpEnabled: ['DHCP 사용'],
    autoconfigurationEnabled: ['자동 구성 사용'],
    ipv6Address: ['IPv6 주소'],
    temporaryIpv6Address: ['임시 IPv6 주소'],
    linkLocalIpv6Address: ['링크-로컬 IPv6 주소'],
    ipv4Address: ['IPv4 주소'],
    autoconfigurationIpv4Address: ['자동 구성 IPv4 주소'],
    ipAddress: ['IP 주소'],
    subnetMask: ['서브넷 마스크'],
    leaseObtained: ['임대 시작 날짜'],
    leaseExpires: ['임대 만료 날짜'],
    defaultGateway: ['기본 게이트웨이'],
    dhcpServer: ['DHCP 서버'],
    dhcpv6Iaid: ['DHCPv6 IAID'],
    dhcpv6ClientDuid: ['DHCPv6 클라이언트 DUID'],
    dnsServers: ['DNS 서버'],
    primaryWinsServer: ['기본 WINS 서버'],
    secondaryWinsServer: ['보조 WINS 서버'],
    netbiosOverTcpip: ['Tcpip를 통한 NetBIOS'],
    connectionSpecificDnsSuffixSearchList: ['연결별 DNS 접미사 검색 목록'],
  },
  zh: {
    hostName: ['主机名'],
    primaryDnsSuffix: ['主 DNS 后缀'],
    nodeType: ['节点类型'],
    ipRoutingEnabled: ['IP 路由已启用'],
    winsProxyEnabled: ['WINS 代理已启用'],
    dnsSuffixSearchList: ['DNS 后缀搜索列表'],
    mediaState: ['媒体状态'],
    connectionSpecificDnsSuffix: ['连接特定的 DNS 后缀'],
    description: ['描述'],
    physicalAddress: ['物理地址'],
    dhcpEnabled: ['DHCP 已启用'],
    autoconfigurationEnabled: ['自动配置已启用'],
    ipv6Address: ['IPv6 地址'],
    temporaryIpv6Address: ['临时 IPv6 地址'],
    linkLocalIpv6Address: ['本地链接 IPv6 地址'],
    ipv4Address: ['IPv4 地址'],
    autoconfigurationIpv4Address: ['自动配置 IPv4 地址'],
    ipAddress: ['IP 地址'],
    subnetMask: ['子网掩码'],
    leaseObtained: ['获得租约的时间'],
    leaseExpires: ['租约过期的时间'],
    defaultGateway: ['默认网关'],
    dhcpServer: ['DHCP 服务器'],
    dhcpv6Iaid: ['DHCPv6 IAID'],
    dhcpv6ClientDuid: ['DHCPv6 客户端 DUID'],
    dnsServers: ['DNS 服务器'],
    primaryWinsServer: ['主 WINS 服务器'],
    secondaryWinsServer: ['辅助 WINS 服务器'],
    netbiosOverTcpip: ['TCPIP 上的 NetBIOS'],
    connectionSpecificDnsSuffixSearchList: ['连接特定的 DNS 后缀搜索列表'],
  },
};

/** Adapter kinds as the header's type words say them. */
export type AdapterKind = 'ethernet' | 'wireless' | 'tunnel' | 'ppp' | 'unknown';

/** The type words that start an adapter header (`Ethernet adapter vEthernet (WSL):`), per language. */
export const TYPE_WORDS: Readonly<Record<IpconfigLanguage, Partial<Record<AdapterKind, readonly string[]>>>> = {
  en: {
    ethernet: ['Ethernet adapter'],
    wireless: ['Wireless LAN adapter'],
    tunnel: ['Tunnel adapter'],
    ppp: ['PPP adapter'],
    unknown: ['Unknown adapter', 'Mobile Broadband adapter'],
  },
  de: {
    ethernet: ['Ethernet-Adapter', 'Ethernetadapter'],
    wireless: ['Drahtlos-LAN-Adapter'],
    tunnel: ['Tunneladapter'],
    ppp: ['PPP-Adapter'], // inferred
    unknown: ['Unbekannter Adapter'],
  },
  fr: {
    ethernet: ['Carte Ethernet'],
    wireless: ['Carte réseau sans fil'],
    tunnel: ['Carte Tunnel'], // inferred
    ppp: ['Carte PPP'], // inferred
    unknown: ['Carte inconnue'],
  },
  es: {
    ethernet: ['Adaptador de Ethernet', 'Adaptador Ethernet'],
    wireless: ['Adaptador de LAN inalámbrica'],
    tunnel: ['Adaptador de túnel'],
    ppp: ['Adaptador PPP'], // inferred
    unknown: ['Adaptador desconocido'],
  },
  pt: {
    ethernet: ['Adaptador Ethernet', 'Adaptador ethernet'],
    wireless: ['Adaptador de Rede sem Fio'],
    tunnel: ['Adaptador de Túnel'], // inferred
    ppp: ['Adaptador PPP'], // inferred
    unknown: ['Adaptador desconhecido'], // inferred
  },
  ru: {
    ethernet: ['Адаптер Ethernet'],
    wireless: ['Адаптер беспроводной локальной сети'],
    tunnel: ['Туннельный адаптер'], // inferred
    ppp: ['Адаптер PPP'], // inferred
    unknown: ['Неизвестный адаптер'],
  },
  ja: {
    ethernet: ['イーサネット アダプター', 'イーサネット アダプタ'],
    wireless: ['Wireless LAN adapter', 'ワイヤレス LAN アダプター'], // the second inferred
    tunnel: ['トンネル アダプター', 'トンネル アダプタ'], // inferred
    ppp: ['PPP アダプター'],
    unknown: ['不明なアダプター'], // inferred
  },
  ko: {
    ethernet: ['이더넷 어댑터'],
    wireless: ['무선 LAN 어댑터'],
    tunnel: ['터널 어댑터'],
    ppp: ['PPP 어댑터'], // inferred
    unknown: ['알 수 없는 어댑터'], // inferred
  },
  zh: {
    ethernet: ['以太网适配器'],
    wireless: ['无线局域网适配器'],
    tunnel: ['隧道适配器'],
    ppp: ['PPP 适配器'],
    unknown: ['未知适配器'], // inferred
  },
};

/** The header line above everything (`Windows IP Configuration`), per language. */
export const TITLES: Readonly<Record<IpconfigLanguage, string>> = {
  en: 'Windows IP Configuration',
  de: 'Windows-IP-Konfiguration',
  fr: 'Configuration IP de Windows',
  es: 'Configuración IP de Windows',
  pt: 'Configuração de IP do Windows',
  ru: 'Настройка протокола IP для Windows',
  ja: 'Windows IP 構成',
  ko: 'Windows IP 구성',
  zh: 'Windows IP 配置',
};

/** Yes / No as printed for the boolean fields, per language (first = the current wording). */
export const YES_NO: Readonly<Record<IpconfigLanguage, { yes: readonly string[]; no: readonly string[] }>> = {
  en: { yes: ['Yes'], no: ['No'] },
  de: { yes: ['Ja'], no: ['Nein'] },
  fr: { yes: ['Oui'], no: ['Non'] },
  es: { yes: ['sí', 'si'], no: ['no'] },
  pt: { yes: ['Sim'], no: ['Não', 'Nao'] },
  ru: { yes: ['Да'], no: ['Нет'] },
  ja: { yes: ['はい'], no: ['いいえ'] },
  ko: { yes: ['예'], no: ['아니요', '아니오'] },
  zh: { yes: ['是'], no: ['否'] },
};

/** Enabled / Disabled as printed for `NetBIOS over Tcpip`, per language (the disabled words other than English are inferred). */
export const ENABLED_DISABLED: Readonly<Record<IpconfigLanguage, { enabled: readonly string[]; disabled: readonly string[] }>> = {
  en: { enabled: ['Enabled'], disabled: ['Disabled'] },
  de: { enabled: ['Aktiviert'], disabled: ['Deaktiviert'] },
  fr: { enabled: ['Activé'], disabled: ['Désactivé'] },
  es: { enabled: ['habilitado'], disabled: ['deshabilitado'] },
  pt: { enabled: ['Habilitado'], disabled: ['Desabilitado'] },
  ru: { enabled: ['Включен'], disabled: ['Отключен'] },
  ja: { enabled: ['有効'], disabled: ['無効'] },
  ko: { enabled: ['사용'], disabled: ['사용 안 함'] },
  zh: { enabled: ['已启用'], disabled: ['已禁用'] },
};

/** The `(Preferred)` suffix word, per language (first = the current wording). */
export const PREFERRED: Readonly<Record<IpconfigLanguage, readonly string[]>> = {
  en: ['Preferred'],
  de: ['Bevorzugt'],
  fr: ['préféré', 'Préféré'],
  es: ['Preferido'],
  pt: ['Preferencial'],
  ru: ['Основной'],
  ja: ['優先'],
  ko: ['기본 설정'],
  zh: ['首选'],
};

/** Status suffix words that mean "not preferred" (deprecated, tentative, duplicate, …), any language; all but the English and `Dupliqué` are inferred. */
export const NOT_PREFERRED: readonly string[] = [
  'Deprecated', 'Tentative', 'Duplicate', 'Invalid', 'Optimistic',
  'Veraltet', 'Vorläufig', 'Doppelt',
  'Déconseillé', 'Provisoire', 'Dupliqué', 'Dupliquée',
  'Obsoleto', 'Tentativo', 'Duplicado',
  'Preterido', 'Provisório',
  'Устаревший', 'Предварительный', 'Повторяющийся',
  '推奨されない', '仮', '重複',
  '사용되지 않음', '중복',
  '已弃用', '暂定', '重复',
];

/** The `Media State` values meaning disconnected (only used when the label itself is not readable). */
export const MEDIA_DISCONNECTED: Readonly<Record<IpconfigLanguage, readonly string[]>> = {
  en: ['Media disconnected'],
  de: ['Medium getrennt'],
  fr: ['Média déconnecté'],
  es: ['medios desconectados'],
  pt: ['mídia desconectada'],
  ru: ['Среда передачи недоступна.'],
  ja: ['メディアは接続されていません'],
  ko: ['미디어 연결 끊김'],
  zh: ['媒体已断开连接', '媒体已断开'],
};

/** Characters that stand for an unreadable one in text decoded with the wrong code page. */
export function isWildcard(ch: string): boolean {
  return ch === '\ufffd' || ch === '?' || ch === '▒';
}

/**
 * The lookup form of a label: lower case, typographic apostrophes made ASCII, every space
 * removed (spacing differs between Windows versions and pastes), dot leaders already cut.
 */
export function labelKey(label: string): string {
  let out = '';
  for (const ch of label.toLowerCase()) {
    if (ch === ' ' || ch === '\t') continue;
    out += ch === '\u2019' || ch === '\u02bc' || ch === '`' ? "'" : ch === 'œ' ? 'oe' : ch;
  }
  return out;
}

/** True when `text` equals `pattern`, where each wildcard character of `text` matches any one character. */
export function matchesWithWildcards(text: string, pattern: string): boolean {
  const a = Array.from(text);
  const b = Array.from(pattern);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    if (x !== b[i] && !isWildcard(x)) return false;
  }
  return true;
}

/** True when the lower-cased `value` is in `words`, an unreadable character matching any one. */
export function hasWord(words: ReadonlySet<string>, value: string): boolean {
  const v = value.toLowerCase();
  if (words.has(v)) return true;
  let wild = false;
  for (const ch of v) if (isWildcard(ch)) wild = true;
  if (!wild) return false;
  for (const w of words) if (matchesWithWildcards(v, w)) return true;
  return false;
}

/** What a label means and which languages print it. */
export interface LabelInfo {
  /** The field. */
  key: FieldKey;
  /** Every language whose table has this label. */
  languages: IpconfigLanguage[];
}

function buildLabelIndex(): Map<string, LabelInfo> {
  const index = new Map<string, LabelInfo>();
  for (const lang of LANGUAGES) {
    const table = LABELS[lang];
    for (const [key, labels] of Object.entries(table) as [FieldKey, readonly string[]][]) {
      for (const label of labels) {
        const k = labelKey(label);
        const known = index.get(k);
        if (known) {
          if (!known.languages.includes(lang)) known.languages.push(lang);
        } else {
          index.set(k, { key, languages: [lang] });
        }
      }
    }
  }
  return index;
}

/** Every known label by its {@link labelKey}. */
export const LABEL_INDEX: ReadonlyMap<string, LabelInfo> = buildLabelIndex();

/** A type-word prefix and what it says. */
export interface TypePrefix {
  /** The words as printed. */
  text: string;
  /** Their lower-case form, for matching. */
  lower: string;
  /** The adapter kind. */
  kind: AdapterKind;
  /** The language. */
  language: IpconfigLanguage;
}

function buildTypePrefixes(): TypePrefix[] {
  const out: TypePrefix[] = [];
  for (const language of LANGUAGES) {
    for (const [kind, words] of Object.entries(TYPE_WORDS[language]) as [AdapterKind, readonly string[]][]) {
      for (const text of words) out.push({ text, lower: text.toLowerCase(), kind, language });
    }
  }
  // Longest first, so `Adaptador de Ethernet` wins over `Adaptador Ethernet`-like overlaps.
  return out.sort((a, b) => b.lower.length - a.lower.length);
}

/** Every type-word prefix, longest first. */
export const TYPE_PREFIXES: readonly TypePrefix[] = buildTypePrefixes();

function lowerSet(lists: Iterable<readonly string[]>): Set<string> {
  const s = new Set<string>();
  for (const list of lists) for (const w of list) s.add(w.toLowerCase());
  return s;
}

/** Lower-case yes words of every language. */
export const YES_WORDS: ReadonlySet<string> = lowerSet(Object.values(YES_NO).map((v) => v.yes));
/** Lower-case no words of every language. */
export const NO_WORDS: ReadonlySet<string> = lowerSet(Object.values(YES_NO).map((v) => v.no));
/** Lower-case enabled words of every language. */
export const ENABLED_WORDS: ReadonlySet<string> = lowerSet(Object.values(ENABLED_DISABLED).map((v) => v.enabled));
/** Lower-case disabled words of every language. */
export const DISABLED_WORDS: ReadonlySet<string> = lowerSet(Object.values(ENABLED_DISABLED).map((v) => v.disabled));
/** Lower-case preferred words of every language. */
export const PREFERRED_WORDS: ReadonlySet<string> = lowerSet(Object.values(PREFERRED));
/** Lower-case not-preferred words. */
export const NOT_PREFERRED_WORDS: ReadonlySet<string> = lowerSet([NOT_PREFERRED]);
/** Lower-case disconnected media-state values of every language. */
export const DISCONNECTED_WORDS: ReadonlySet<string> = lowerSet(Object.values(MEDIA_DISCONNECTED));
