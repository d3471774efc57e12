/** The manylinux images: policy shorthands resolved per architecture to quay.io/pypa/<policy>_<arch>. Data and pure functions. */

/** Maintained images and the architectures each is published for (pypa/manylinux). */
export const POLICY_IMAGES: Readonly<Record<string, readonly string[]>> = {
  manylinux2014: ['x86_64', 'i686', 'aarch64', 'ppc64le', 's390x'],
  manylinux_2_28: ['x86_64', 'i686', 'aarch64', 'ppc64le', 's390x'],
  manylinux_2_34: ['x86_64', 'i686', 'aarch64', 'ppc64le', 's390x'],
  musllinux_1_2: ['x86_64', 'i686', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64']
}

export const IMAGE_REGISTRY = 'quay.io/pypa'

/** Node's os.machine() / process.arch to the manylinux architecture name. */
export function manylinuxArch(machine: string): string {
  const map: Record<string, string> = {
    x64: 'x86_64',
    amd64: 'x86_64',
    arm64: 'aarch64',
    ia32: 'i686',
    x86: 'i686',
    i386: 'i686',
    ppc64: 'ppc64le',
    arm: 'armv7l'
  }
  return map[machine] ?? machine
}

/** The engine's platform name for an architecture (docker create --platform linux/<this>). */
export function enginePlatform(arch: string): string {
  const map: Record<string, string> = { x86_64: 'amd64', aarch64: 'arm64', i686: '386', armv7l: 'arm/v7' }
  return `linux/${map[arch] ?? arch}`
}

const DIGEST = /^sha256:[0-9a-f]{64}$/
/** A reference docker accepts: [registry[:port]/]name[:tag][@digest], lower case path. */
const REFERENCE =
  /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/

export type ResolvedImage = { reference: string; shorthand?: string } | { problem: string }

/**
 * `image` (+ `arch`, + an optional `digest` pin) to a full reference. A word that looks like a
 * policy (manylinux..., musllinux...) must be a known one; anything else is used as a reference.
 */
export function resolveImage(image: string, arch: string, digest = ''): ResolvedImage {
  const raw = image.trim()
  const known = Object.keys(POLICY_IMAGES).join(', ')
  if (!raw) return { problem: `is empty; accepted: a policy (${known}) or an image reference` }
  if (digest && !DIGEST.test(digest)) return { problem: `digest '${digest}' is not sha256:<64 hex>` }
  let reference: string
  let shorthand: string | undefined
  if (/^(many|musl)linux[\w]*$/.test(raw)) {
    const arches = POLICY_IMAGES[raw]
    if (!arches) return { problem: `'${raw}' is not a known policy; accepted: ${known}, or a full image reference (e.g. quay.io/pypa/manylinux_2_28_x86_64)` }
    if (!arches.includes(arch)) return { problem: `${raw} has no image for ${arch}; it exists for ${arches.join(', ')}` }
    reference = `${IMAGE_REGISTRY}/${raw}_${arch}`
    shorthand = raw
  } else {
    if (!REFERENCE.test(raw))
      return {
        problem: `'${raw}' is not an image reference; accepted: a policy (${known}) or a reference such as quay.io/pypa/manylinux2014_x86_64:2026.08.15-1`
      }
    reference = raw
  }
  if (digest) {
    const pinned = /@(sha256:[0-9a-f]{64})$/.exec(reference)?.[1]
    if (pinned && pinned !== digest) return { problem: `'${raw}' already pins ${pinned}, which is not the digest input ${digest}` }
    if (!pinned) reference = `${reference}@${digest}`
  }
  return { reference, shorthand }
}

/** The repository part of a reference (no tag, no digest): what RepoDigests entries start with. */
export function repositoryOf(reference: string): string {
  const noDigest = reference.split('@')[0]
  const slash = noDigest.lastIndexOf('/')
  const colon = noDigest.lastIndexOf(':')
  return colon > slash ? noDigest.slice(0, colon) : noDigest
}

/** The digest a reference pins, if any. */
export function pinnedDigest(reference: string): string | undefined {
  return /@(sha256:[0-9a-f]{64})$/.exec(reference)?.[1]
}
