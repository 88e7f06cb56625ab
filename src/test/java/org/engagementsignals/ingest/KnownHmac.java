package org.engagementsignals.ingest;

/** Expected values computed outside Java. */
final class KnownHmac {
  /** python3: hmac.new(b"key-key-key-key-", b"E1", hashlib.sha256).hexdigest() */
  static final String KEY_KEY_E1 =
      "1e1b8dc291925cd270b83340dee6db09f45ba9c45bed42663433ccd43b6a9745";

  private KnownHmac() {}
}
