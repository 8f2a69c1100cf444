/** `@hearth/core/encryption`: passphrase encryption, loadable on demand when a client turns it on. */
export { ciphertextProblem, keyEnvelopeProblem, MAX_ITERATIONS, MIN_ITERATIONS } from './key-envelope.js';
export {
  type Ciphertext,
  type CryptoFailure,
  type CryptoFailureReason,
  type CryptoResult,
  type KeyEnvelope,
  KeyVault,
  normaliseRecoveryCode,
  PBKDF2_ITERATIONS,
  type WrappedKey,
} from './key-vault.js';
export { canEncrypt, reportInsecureContextOnce } from './secure-context.js';
