/** The names a configuration file may have, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['notice.config.yaml', 'notice.config.yml'] as const;
