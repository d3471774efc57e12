/**
 * Policy facts for the manylinux (PEP 513, 571, 599, 600), musllinux (PEP 656) and Android (PEP 738)
 * platform tags, kept as data. Re-expressed from the policy files pypa/auditwheel publishes
 * (src/auditwheel/policy/{manylinux,musllinux,android}-policy.json at commit
 * 86154d15d6a53a85aab6187032e86348a3a15df1), grouped by the policy that first allows a version or a
 * library so each fact appears once. policies.ts expands them; __tests__/manylinux/policies.test.ts
 * checks the expansion against those files whenever ../shared/data is present.
 */

export interface PolicyFacts {
  /** PEP 600 name without the architecture, e.g. `manylinux_2_17`. */
  name: string
  /** Legacy names, e.g. `manylinux2014`. */
  aliases: readonly string[]
  /** Higher = more compatible (older libc). `linux` is 0. */
  priority: number
  /** Architectures the policy exists for. */
  arches: readonly string[]
}

/** [policy that first allows them, space-separated items]. */
export type Grouped = ReadonlyArray<readonly [string, string]>

export const MANYLINUX_POLICIES: readonly PolicyFacts[] = [
  { name: 'manylinux_2_5', aliases: ['manylinux1'], priority: 100, arches: ['i686', 'x86_64'] },
  { name: 'manylinux_2_12', aliases: ['manylinux2010'], priority: 90, arches: ['i686', 'x86_64'] },
  { name: 'manylinux_2_17', aliases: ['manylinux2014'], priority: 80, arches: ['i686', 'x86_64', 'aarch64', 'ppc64', 'ppc64le', 's390x', 'armv7l'] },
  { name: 'manylinux_2_24', aliases: [], priority: 70, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l'] },
  { name: 'manylinux_2_26', aliases: [], priority: 68, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l'] },
  { name: 'manylinux_2_27', aliases: [], priority: 65, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l'] },
  { name: 'manylinux_2_28', aliases: [], priority: 64, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l'] },
  { name: 'manylinux_2_31', aliases: [], priority: 61, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'] },
  { name: 'manylinux_2_34', aliases: [], priority: 58, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'] },
  { name: 'manylinux_2_35', aliases: [], priority: 57, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'] },
  { name: 'manylinux_2_36', aliases: [], priority: 56, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
  { name: 'manylinux_2_37', aliases: [], priority: 55, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
  { name: 'manylinux_2_38', aliases: [], priority: 54, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
  { name: 'manylinux_2_39', aliases: [], priority: 53, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
  { name: 'manylinux_2_40', aliases: [], priority: 52, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
  { name: 'manylinux_2_41', aliases: [], priority: 51, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] }
]

export const MUSLLINUX_POLICIES: readonly PolicyFacts[] = [
  { name: 'musllinux_1_1', aliases: [], priority: 100, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'] },
  { name: 'musllinux_1_2', aliases: [], priority: 90, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] }
]

export const ANDROID_POLICIES: readonly PolicyFacts[] = [
  { name: 'android_21', aliases: [], priority: 79, arches: ['x86_64', 'aarch64'] },
  { name: 'android_24', aliases: [], priority: 76, arches: ['x86_64', 'aarch64'] },
  { name: 'android_26', aliases: [], priority: 74, arches: ['x86_64', 'aarch64'] },
  { name: 'android_27', aliases: [], priority: 73, arches: ['x86_64', 'aarch64'] }
]

/** Symbol versions each manylinux policy allows, per architecture and prefix (GLIBC, GLIBCXX, CXXABI, GCC, LIBATOMIC, ZLIB). */
export const MANYLINUX_SYMBOL_VERSIONS: Readonly<Record<string, Readonly<Record<string, Grouped>>>> = {
  i686: {
    CXXABI: [
      ['manylinux_2_5', '1.3 1.3.1'],
      ['manylinux_2_12', '1.3.2 1.3.3'],
      ['manylinux_2_17', '1.3.4 1.3.5 1.3.6 1.3.7 TM_1'],
      ['manylinux_2_24', '1.3.8 1.3.9 1.3.10 FLOAT128'],
      ['manylinux_2_26', '1.3.11'],
      ['manylinux_2_31', '1.3.12'],
      ['manylinux_2_34', '1.3.13'],
      ['manylinux_2_39', '1.3.14 1.3.15']
    ],
    GCC: [
      ['manylinux_2_5', '3.0 3.3 3.3.1 3.4 3.4.2 4.0.0 4.2.0'],
      ['manylinux_2_12', '4.3.0 4.4.0 4.5.0'],
      ['manylinux_2_17', '4.7.0 4.8.0'],
      ['manylinux_2_26', '7.0.0'],
      ['manylinux_2_35', '12.0.0'],
      ['manylinux_2_39', '13.0.0 14.0.0']
    ],
    GLIBC: [
      ['manylinux_2_5', '2.0 2.1 2.1.1 2.1.2 2.1.3 2.2 2.2.1 2.2.2 2.2.3 2.2.4 2.2.6 2.3 2.3.2 2.3.3 2.3.4 2.4 2.5'],
      ['manylinux_2_12', '2.6 2.7 2.8 2.9 2.10 2.11 2.12'],
      ['manylinux_2_17', '2.13 2.14 2.15 2.16 2.17'],
      ['manylinux_2_24', '2.18 2.22 2.23 2.24'],
      ['manylinux_2_26', '2.25 2.26'],
      ['manylinux_2_27', '2.27'],
      ['manylinux_2_28', '2.28'],
      ['manylinux_2_31', '2.29 2.30 2.31'],
      ['manylinux_2_34', '2.32 2.33 2.34'],
      ['manylinux_2_35', '2.35'],
      ['manylinux_2_36', '2.36 ABI_DT_RELR'],
      ['manylinux_2_37', '2.37'],
      ['manylinux_2_38', '2.38'],
      ['manylinux_2_39', '2.39'],
      ['manylinux_2_40', '2.40'],
      ['manylinux_2_41', '2.41']
    ],
    GLIBCXX: [
      ['manylinux_2_5', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8'],
      ['manylinux_2_12', '3.4.9 3.4.10 3.4.11 3.4.12 3.4.13'],
      ['manylinux_2_17', '3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19'],
      ['manylinux_2_24', '3.4.20 3.4.21 3.4.22'],
      ['manylinux_2_26', '3.4.23 3.4.24'],
      ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
      ['manylinux_2_34', '3.4.29'],
      ['manylinux_2_35', '3.4.30'],
      ['manylinux_2_39', '3.4.31 3.4.32 3.4.33']
    ],
    LIBATOMIC: [
      ['manylinux_2_17', '1.0'],
      ['manylinux_2_24', '1.1 1.2']
    ],
    ZLIB: [
      ['manylinux_2_12', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4'],
      ['manylinux_2_17', '1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
      ['manylinux_2_26', '1.2.7.1 1.2.9'],
      ['manylinux_2_36', '1.2.12']
    ]
  },
  x86_64: {
    CXXABI: [
      ['manylinux_2_5', '1.3 1.3.1'],
      ['manylinux_2_12', '1.3.2 1.3.3'],
      ['manylinux_2_17', '1.3.4 1.3.5 1.3.6 1.3.7 TM_1'],
      ['manylinux_2_24', '1.3.8 1.3.9 1.3.10 FLOAT128'],
      ['manylinux_2_27', '1.3.11'],
      ['manylinux_2_31', '1.3.12'],
      ['manylinux_2_34', '1.3.13'],
      ['manylinux_2_39', '1.3.14 1.3.15']
    ],
    GCC: [
      ['manylinux_2_5', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0'],
      ['manylinux_2_12', '4.3.0'],
      ['manylinux_2_17', '4.7.0 4.8.0'],
      ['manylinux_2_27', '7.0.0'],
      ['manylinux_2_35', '12.0.0'],
      ['manylinux_2_39', '13.0.0 14.0.0']
    ],
    GLIBC: [
      ['manylinux_2_5', '2.2.5 2.2.6 2.3 2.3.2 2.3.3 2.3.4 2.4 2.5'],
      ['manylinux_2_12', '2.6 2.7 2.8 2.9 2.10 2.11 2.12'],
      ['manylinux_2_17', '2.13 2.14 2.15 2.16 2.17'],
      ['manylinux_2_24', '2.18 2.22 2.23 2.24'],
      ['manylinux_2_26', '2.25 2.26'],
      ['manylinux_2_27', '2.27'],
      ['manylinux_2_28', '2.28'],
      ['manylinux_2_31', '2.29 2.30 2.31'],
      ['manylinux_2_34', '2.32 2.33 2.34'],
      ['manylinux_2_35', '2.35'],
      ['manylinux_2_36', '2.36 ABI_DT_RELR'],
      ['manylinux_2_38', '2.38'],
      ['manylinux_2_39', '2.39'],
      ['manylinux_2_40', '2.40'],
      ['manylinux_2_41', '2.41']
    ],
    GLIBCXX: [
      ['manylinux_2_5', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8'],
      ['manylinux_2_12', '3.4.9 3.4.10 3.4.11 3.4.12 3.4.13'],
      ['manylinux_2_17', '3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19'],
      ['manylinux_2_24', '3.4.20 3.4.21 3.4.22'],
      ['manylinux_2_27', '3.4.23 3.4.24'],
      ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
      ['manylinux_2_34', '3.4.29'],
      ['manylinux_2_35', '3.4.30'],
      ['manylinux_2_39', '3.4.31 3.4.32 3.4.33']
    ],
    LIBATOMIC: [['manylinux_2_24', '1.0 1.1 1.2']],
    ZLIB: [
      ['manylinux_2_12', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4'],
      ['manylinux_2_17', '1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
      ['manylinux_2_27', '1.2.7.1 1.2.9'],
      ['manylinux_2_37', '1.2.12']
    ]
  },
  aarch64: {
    CXXABI: [
      ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 TM_1'],
      ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
      ['manylinux_2_26', '1.3.11'],
      ['manylinux_2_31', '1.3.12'],
      ['manylinux_2_34', '1.3.13'],
      ['manylinux_2_39', '1.3.14 1.3.15']
    ],
    GCC: [
      ['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.5.0 4.7.0'],
      ['manylinux_2_26', '7.0.0'],
      ['manylinux_2_34', '11.0'],
      ['manylinux_2_39', '13.0.0 14.0 14.0.0']
    ],
    GLIBC: [
      ['manylinux_2_17', '2.0 2.17 2.18'],
      ['manylinux_2_24', '2.22 2.23 2.24'],
      ['manylinux_2_26', '2.25 2.26'],
      ['manylinux_2_27', '2.27'],
      ['manylinux_2_28', '2.28'],
      ['manylinux_2_31', '2.29 2.30 2.31'],
      ['manylinux_2_34', '2.32 2.33 2.34'],
      ['manylinux_2_35', '2.35'],
      ['manylinux_2_36', '2.36 ABI_DT_RELR'],
      ['manylinux_2_38', '2.38'],
      ['manylinux_2_39', '2.39'],
      ['manylinux_2_40', '2.40'],
      ['manylinux_2_41', '2.41']
    ],
    GLIBCXX: [
      ['manylinux_2_17', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19'],
      ['manylinux_2_24', '3.4.20 3.4.21 3.4.22'],
      ['manylinux_2_26', '3.4.23 3.4.24'],
      ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
      ['manylinux_2_34', '3.4.29'],
      ['manylinux_2_35', '3.4.30'],
      ['manylinux_2_39', '3.4.31 3.4.32 3.4.33']
    ],
    LIBATOMIC: [
      ['manylinux_2_17', '1.0'],
      ['manylinux_2_24', '1.1 1.2']
    ],
    ZLIB: [
      ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
      ['manylinux_2_27', '1.2.7.1 1.2.9'],
      ['manylinux_2_37', '1.2.12']
    ]
  },
  ppc64: {
    CXXABI: [['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 TM_1']],
    GCC: [['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.4.0 4.5.0 4.7.0 4.8.0']],
    GLIBC: [
      [
        'manylinux_2_17',
        '2.0 2.1 2.1.1 2.1.2 2.1.3 2.2 2.2.1 2.2.2 2.2.3 2.2.4 2.2.5 2.2.6 2.3 2.3.2 2.3.3 2.3.4 2.4 2.5 2.6 2.7 2.8 2.9 2.10 2.11 2.12 2.13 2.14 2.15 2.16 2.17'
      ]
    ],
    GLIBCXX: [
      ['manylinux_2_17', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19']
    ],
    LIBATOMIC: [['manylinux_2_17', '1.0']],
    ZLIB: [['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2']]
  },
  ppc64le: {
    CXXABI: [
      ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 LDBL_1.3 TM_1'],
      ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
      ['manylinux_2_26', '1.3.11'],
      ['manylinux_2_31', '1.3.12'],
      ['manylinux_2_34', '1.3.13 IEEE128_1.3.13'],
      ['manylinux_2_39', '1.3.14 1.3.15']
    ],
    GCC: [
      ['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.7.0'],
      ['manylinux_2_26', '7.0.0'],
      ['manylinux_2_39', '14.0.0']
    ],
    GLIBC: [
      ['manylinux_2_17', '2.0 2.17'],
      ['manylinux_2_24', '2.18 2.22 2.23 2.24'],
      ['manylinux_2_26', '2.25 2.26'],
      ['manylinux_2_27', '2.27'],
      ['manylinux_2_28', '2.28'],
      ['manylinux_2_31', '2.29 2.30 2.31'],
      ['manylinux_2_34', '2.32 2.33 2.34'],
      ['manylinux_2_35', '2.35'],
      ['manylinux_2_36', '2.36 ABI_DT_RELR'],
      ['manylinux_2_38', '2.38'],
      ['manylinux_2_39', '2.39'],
      ['manylinux_2_40', '2.40'],
      ['manylinux_2_41', '2.41']
    ],
    GLIBCXX: [
      [
        'manylinux_2_17',
        '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 LDBL_3.4 LDBL_3.4.10 LDBL_3.4.7'
      ],
      ['manylinux_2_24', '3.4.20 3.4.21 3.4.22 LDBL_3.4.21'],
      ['manylinux_2_26', '3.4.23 3.4.24'],
      ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
      ['manylinux_2_34', '3.4.29 IEEE128_3.4.29 LDBL_3.4.29'],
      ['manylinux_2_35', '3.4.30 IEEE128_3.4.30'],
      ['manylinux_2_39', '3.4.31 3.4.32 3.4.33 IEEE128_3.4.31 LDBL_3.4.31']
    ],
    LIBATOMIC: [
      ['manylinux_2_17', '1.0'],
      ['manylinux_2_24', '1.1 1.2']
    ],
    ZLIB: [
      ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
      ['manylinux_2_26', '1.2.7.1 1.2.9'],
      ['manylinux_2_37', '1.2.12']
    ]
  },
  s390x: {
    CXXABI: [
      ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 LDBL_1.3 TM_1'],
      ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
      ['manylinux_2_26', '1.3.11'],
      ['manylinux_2_31', '1.3.12'],
      ['manylinux_2_34', '1.3.13'],
      ['manylinux_2_39', '1.3.14 1.3.15']
    ],
    GCC: [
      ['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.1.0 4.2.0 4.3.0 4.7.0'],
      ['manylinux_2_26', '7.0.0'],
      ['manylinux_2_39', '14.0.0']
    ],
    GLIBC: [
      ['manylinux_2_17', '2.2 2.2.1 2.2.2 2.2.3 2.2.4 2.2.6 2.3 2.3.2 2.3.3 2.3.4 2.4 2.5 2.6 2.7 2.8 2.9 2.10 2.11 2.12 2.13 2.14 2.15 2.16 2.17'],
      ['manylinux_2_24', '2.18 2.19 2.22 2.23 2.24'],
      ['manylinux_2_26', '2.25 2.26'],
      ['manylinux_2_27', '2.27'],
      ['manylinux_2_28', '2.28'],
      ['manylinux_2_31', '2.29 2.30 2.31'],
      ['manylinux_2_34', '2.32 2.33 2.34'],
      ['manylinux_2_35', '2.35'],
      ['manylinux_2_36', '2.36 ABI_DT_RELR'],
      ['manylinux_2_38', '2.38'],
      ['manylinux_2_39', '2.39'],
      ['manylinux_2_40', '2.40'],
      ['manylinux_2_41', '2.41']
    ],
    GLIBCXX: [
      [
        'manylinux_2_17',
        '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 LDBL_3.4 LDBL_3.4.10 LDBL_3.4.7'
      ],
      ['manylinux_2_24', '3.4.20 3.4.21 3.4.22 LDBL_3.4.21'],
      ['manylinux_2_26', '3.4.23 3.4.24'],
      ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
      ['manylinux_2_34', '3.4.29 LDBL_3.4.29'],
      ['manylinux_2_35', '3.4.30'],
      ['manylinux_2_39', '3.4.31 3.4.32 3.4.33 LDBL_3.4.31']
    ],
    LIBATOMIC: [['manylinux_2_24', '1.0 1.1 1.2']],
    ZLIB: [
      ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
      ['manylinux_2_26', '1.2.7.1 1.2.9'],
      ['manylinux_2_37', '1.2.12']
    ]
  },
  armv7l: {
    CXXABI: [
      ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 ARM_1.3.3 TM_1'],
      ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
      ['manylinux_2_26', '1.3.11'],
      ['manylinux_2_31', '1.3.12'],
      ['manylinux_2_34', '1.3.13'],
      ['manylinux_2_39', '1.3.14 1.3.15']
    ],
    GCC: [
      ['manylinux_2_17', '3.0 3.3 3.3.1 3.3.4 3.4 3.4.2 3.5 4.0.0 4.2.0 4.3.0 4.7.0'],
      ['manylinux_2_26', '7.0.0'],
      ['manylinux_2_39', '14.0.0']
    ],
    GLIBC: [
      ['manylinux_2_17', '2.0 2.4 2.5 2.6 2.7 2.8 2.9 2.10 2.11 2.12 2.13 2.14 2.15 2.16 2.17'],
      ['manylinux_2_24', '2.18 2.22 2.23 2.24'],
      ['manylinux_2_26', '2.25 2.26'],
      ['manylinux_2_27', '2.27'],
      ['manylinux_2_28', '2.28'],
      ['manylinux_2_31', '2.29 2.30 2.31'],
      ['manylinux_2_34', '2.32 2.33 2.34'],
      ['manylinux_2_35', '2.35'],
      ['manylinux_2_36', '2.36 ABI_DT_RELR'],
      ['manylinux_2_37', '2.37'],
      ['manylinux_2_38', '2.38'],
      ['manylinux_2_39', '2.39'],
      ['manylinux_2_40', '2.40'],
      ['manylinux_2_41', '2.41']
    ],
    GLIBCXX: [
      ['manylinux_2_17', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19'],
      ['manylinux_2_24', '3.4.20 3.4.21 3.4.22'],
      ['manylinux_2_26', '3.4.23 3.4.24'],
      ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
      ['manylinux_2_34', '3.4.29'],
      ['manylinux_2_35', '3.4.30'],
      ['manylinux_2_39', '3.4.31 3.4.32 3.4.33']
    ],
    LIBATOMIC: [
      ['manylinux_2_17', '1.0'],
      ['manylinux_2_24', '1.1 1.2']
    ],
    ZLIB: [
      ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
      ['manylinux_2_26', '1.2.7.1 1.2.9'],
      ['manylinux_2_37', '1.2.12']
    ]
  },
  riscv64: {
    CXXABI: [
      ['manylinux_2_31', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 1.3.8 1.3.9 1.3.10 1.3.11 1.3.12 TM_1'],
      ['manylinux_2_34', '1.3.13'],
      ['manylinux_2_39', '1.3.14 1.3.15']
    ],
    GCC: [
      ['manylinux_2_31', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.4.0 4.5.0 4.7.0 7.0.0'],
      ['manylinux_2_39', '14.0.0']
    ],
    GLIBC: [
      ['manylinux_2_31', '2.0 2.27 2.28 2.29 2.30 2.31'],
      ['manylinux_2_34', '2.32 2.33 2.34'],
      ['manylinux_2_35', '2.35'],
      ['manylinux_2_36', '2.36'],
      ['manylinux_2_37', '2.37'],
      ['manylinux_2_38', '2.38 ABI_DT_RELR'],
      ['manylinux_2_39', '2.39'],
      ['manylinux_2_40', '2.40'],
      ['manylinux_2_41', '2.41']
    ],
    GLIBCXX: [
      [
        'manylinux_2_31',
        '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 3.4.20 3.4.21 3.4.22 3.4.23 3.4.24 3.4.25 3.4.26 3.4.27 3.4.28'
      ],
      ['manylinux_2_34', '3.4.29'],
      ['manylinux_2_35', '3.4.30'],
      ['manylinux_2_39', '3.4.31 3.4.32 3.4.33']
    ],
    LIBATOMIC: [['manylinux_2_31', '1.0 1.1 1.2']],
    ZLIB: [
      ['manylinux_2_31', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2 1.2.7.1 1.2.9'],
      ['manylinux_2_37', '1.2.12']
    ]
  },
  loongarch64: {
    CXXABI: [
      ['manylinux_2_36', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 1.3.8 1.3.9 1.3.10 1.3.11 1.3.12 1.3.13 TM_1'],
      ['manylinux_2_39', '1.3.14 1.3.15']
    ],
    GCC: [
      ['manylinux_2_36', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.4.0 4.5.0 4.7.0 7.0.0'],
      ['manylinux_2_39', '14.0.0']
    ],
    GLIBC: [
      ['manylinux_2_36', '2.0 2.36 ABI_DT_RELR'],
      ['manylinux_2_38', '2.38'],
      ['manylinux_2_39', '2.39'],
      ['manylinux_2_40', '2.40'],
      ['manylinux_2_41', '2.41']
    ],
    GLIBCXX: [
      [
        'manylinux_2_36',
        '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 3.4.20 3.4.21 3.4.22 3.4.23 3.4.24 3.4.25 3.4.26 3.4.27 3.4.28 3.4.29 3.4.30'
      ],
      ['manylinux_2_39', '3.4.31 3.4.32'],
      ['manylinux_2_40', '3.4.33']
    ],
    LIBATOMIC: [['manylinux_2_36', '1.0 1.1 1.2']],
    ZLIB: [
      ['manylinux_2_36', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2 1.2.7.1 1.2.9'],
      ['manylinux_2_37', '1.2.12']
    ]
  }
}

/** System libraries a manylinux wheel may link against, by the policy that first allows them. */
export const MANYLINUX_WHITELIST: Grouped = [
  [
    'manylinux_2_5',
    'libatomic.so.1 libgcc_s.so.1 libstdc++.so.6 libm.so.6 libanl.so.1 libdl.so.2 librt.so.1 libc.so.6 libnsl.so.1 libutil.so.1 libpthread.so.0 libX11.so.6 libXext.so.6 libXrender.so.1 libICE.so.6 libSM.so.6 libGL.so.1 libgobject-2.0.so.0 libgthread-2.0.so.0 libglib-2.0.so.0 libresolv.so.2 libz.so.1'
  ],
  ['manylinux_2_12', 'libexpat.so.1'],
  ['manylinux_2_24', 'libmvec.so.1']
]

/** Black-listed symbols per library: [the last (least compatible) policy that still black-lists them, symbols]. */
export const MANYLINUX_BLACKLIST: Readonly<Record<string, Grouped>> = {
  'libc.so.6': [
    ['manylinux_2_17', '__cxa_thread_atexit_impl __issignaling __issignalingf __issignalingl pthread_getattr_default_np pthread_setattr_default_np']
  ],
  'libm.so.6': [['manylinux_2_17', '__issignaling __issignalingf __issignalingl']],
  'libpthread.so.0': [['manylinux_2_17', 'pthread_getattr_default_np pthread_setattr_default_np']],
  'libz.so.1': [
    [
      'manylinux_2_41',
      '_dist_code _length_code _tr_align _tr_flush_block _tr_init _tr_stored_block _tr_tally adler32_default crc32_acle crc32_le_vgfm_16 crc32_neon crc32_vpmsum crc32_z_default deflate_copyright gzflags inflate_copyright inflate_fast inflate_table sse2_slide_hash z_errmsg z_vstring zcalloc zcfree'
    ],
    [
      'manylinux_2_35',
      'bi_windup crc_fold_512to32 crc_fold_copy crc_fold_init deflate_medium fill_window flush_pending longest_match slide_hash_sse static_ltree x86_check_features x86_cpu_has_pclmul x86_cpu_has_sse2 x86_cpu_has_sse42'
    ],
    ['manylinux_2_36', 'crc32_combine_gen crc32_combine_gen64 crc32_combine_op'],
    ['manylinux_2_31', 'uncompress2']
  ]
}

/** musllinux: the same libraries and black-list for every policy; `libc.so` stands for the musl loader-libc of the architecture. */
export const MUSLLINUX_WHITELIST: readonly string[] = ['libc.so', 'libz.so.1']
export const MUSLLINUX_BLACKLIST: Readonly<Record<string, string>> = {
  'libz.so.1':
    '_dist_code _length_code _tr_align _tr_flush_block _tr_init _tr_stored_block _tr_tally bi_windup crc32_vpmsum crc_fold_512to32 crc_fold_copy crc_fold_init deflate_copyright deflate_medium fill_window flush_pending gzflags inflate_copyright inflate_fast inflate_table longest_match slide_hash_sse static_ltree uncompress2 x86_check_features x86_cpu_has_pclmul x86_cpu_has_sse2 x86_cpu_has_sse42 z_errmsg zcalloc zcfree'
}

/** The musl libc's file name per architecture (it is its own dynamic loader). */
export const MUSL_LIBC_SONAME: Readonly<Record<string, string>> = {
  x86_64: 'libc.musl-x86_64.so.1',
  i686: 'libc.musl-x86.so.1',
  aarch64: 'libc.musl-aarch64.so.1',
  s390x: 'libc.musl-s390x.so.1',
  ppc64le: 'libc.musl-ppc64le.so.1',
  armv7l: 'libc.musl-armv7.so.1',
  riscv64: 'libc.musl-riscv64.so.1',
  loongarch64: 'libc.musl-loongarch64.so.1'
}

/** Android: the NDK libraries a wheel may link against, by API level. */
export const ANDROID_WHITELIST: Grouped = [
  [
    'android_21',
    'libandroid.so libc.so libcrypto_python.so libdl.so libEGL.so libGLESv1_CM.so libGLESv2.so libjnigraphics.so liblog.so libm.so libmediandk.so libOpenMAXAL.so libOpenSLES.so libsqlite3_python.so libssl_python.so libz.so'
  ],
  ['android_24', 'libcamera2ndk.so libvulkan.so'],
  ['android_26', 'libaaudio.so libsync.so'],
  ['android_27', 'libneuralnetworks.so']
]
