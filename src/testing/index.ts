// osmium-chat/testing: the reference server. (Delivered by the reference-server issue.)
export {};
