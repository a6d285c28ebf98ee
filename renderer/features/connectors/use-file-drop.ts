import { useState, type DragEvent } from 'react';

/** Handlers for a drop target, and whether a file is being dragged over it. */
export interface FileDrop {
  dragging: boolean;
  handlers: {
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
}

/**
 * Accepts a file dropped onto an element and hands over the File. The page itself never
 * learns where it lives; the desktop app's preload can tell (`window.cutover.pathForFile`),
 * a browser cannot, and then the caller asks the user to complete the path.
 */
export function useFileDrop(onDropFile: (file: File) => void): FileDrop {
  const [dragging, setDragging] = useState(false);
  const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');
  return {
    dragging,
    handlers: {
      onDragOver: (event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave: (event) => {
        if (event.currentTarget === event.target) setDragging(false);
      },
      onDrop: (event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) onDropFile(file);
      },
    },
  };
}
