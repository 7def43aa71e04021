import type { EfsFileSystem } from '../../model/efs.js';

/** `fs-0123 (name)`, or the id alone for an untagged file system. */
export const fileSystemLabel = (fs: Pick<EfsFileSystem, 'fileSystemId' | 'name'>): string =>
  fs.name ? `${fs.fileSystemId} (${fs.name})` : fs.fileSystemId;
